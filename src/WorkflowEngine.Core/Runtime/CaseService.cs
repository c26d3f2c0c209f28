using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// The engine's commands on cases in one place: it builds the one <see cref="CaseCommandRunner"/>
/// and a handler per command (<see cref="Handlers"/>), which is where each command's rules live.
/// Hosts register the handlers themselves: the API controllers and the pages take the one an action
/// runs. The few methods here are for the engine's own callers that run several kinds of command
/// (the demo seeder, the panel service, case notes and documents, the simulator, the load harness)
/// and each hands its command to its handler unchanged; a test of one command calls its handler.
/// </summary>
public sealed class CaseService : ITimerHandler
{
    private readonly CaseCommandRunner _runner;
    private readonly MergeChildrenHandler? _merge;

    /// <summary>Creates the engine's command handlers.</summary>
    /// <param name="store">Where cases live.</param>
    /// <param name="workflows">The published workflows.</param>
    /// <param name="rules">Evaluates rule sets.</param>
    /// <param name="clock">Works out due times on the calendars.</param>
    /// <param name="reference">Agencies, lists and facts.</param>
    /// <param name="time">The only source of the current time.</param>
    /// <param name="timerOptions">How timers are planned; the defaults when null.</param>
    /// <param name="measureSources">Which tasks and fields feed the partnership's measures; the shipped workflows' when null.</param>
    /// <param name="children">The child records a contact is matched against; when null every contact is a new child.</param>
    public CaseService(ICaseStore store, WorkflowCatalogue workflows, IRuleEvaluator rules, IDueTimeCalculator clock, ReferenceData reference, TimeProvider time,
        TimerOptions? timerOptions = null, MeasureSources? measureSources = null, IChildRegistry? children = null)
    {
        var navigator = new StageNavigator(rules, clock, reference, workflows, store);
        _runner = new CaseCommandRunner(store, workflows, navigator, new TimerPlanner(clock, timerOptions ?? new TimerOptions(), reference),
            new MeasureProjector(clock, measureSources ?? new MeasureSources()), rules, clock, reference, time);
        Open = new OpenCaseHandler(_runner, children);
        Read = new ReadCaseHandler(_runner);
        Claim = new ClaimTaskHandler(_runner);
        Release = new ReleaseTaskHandler(_runner);
        Complete = new CompleteTaskHandler(_runner);
        CompleteWithMinutes = new CompleteWithMinutesHandler(_runner, Complete);
        Reassign = new ReassignTaskHandler(_runner);
        Extend = new ExtendDueHandler(_runner);
        AnswerHandover = new AnswerHandoverHandler(_runner);
        SignOff = new SignOffTaskHandler(_runner);
        EscalateByHand = new EscalateByHandHandler(_runner);
        Acknowledge = new AcknowledgeEscalationHandler(_runner);
        Resolve = new ResolveEscalationHandler(_runner);
        MoveByHand = new MoveByHandHandler(_runner);
        StartTrack = new StartTrackHandler(_runner);
        Close = new CloseCaseHandler(_runner);
        Timers = new FireTimersHandler(_runner);
        Append = new AppendRecordHandler(_runner);
        _merge = children is null ? null : new MergeChildrenHandler(_runner, children);
    }

#pragma warning disable CS1591 // Each handler documents its command.
    public OpenCaseHandler Open { get; }

    public ReadCaseHandler Read { get; }

    public ClaimTaskHandler Claim { get; }

    public ReleaseTaskHandler Release { get; }

    public CompleteTaskHandler Complete { get; }

    public CompleteWithMinutesHandler CompleteWithMinutes { get; }

    public ReassignTaskHandler Reassign { get; }

    public ExtendDueHandler Extend { get; }

    public AnswerHandoverHandler AnswerHandover { get; }

    public SignOffTaskHandler SignOff { get; }

    public EscalateByHandHandler EscalateByHand { get; }

    public AcknowledgeEscalationHandler Acknowledge { get; }

    public ResolveEscalationHandler Resolve { get; }

    public MoveByHandHandler MoveByHand { get; }

    public StartTrackHandler StartTrack { get; }

    public CloseCaseHandler Close { get; }

    public FireTimersHandler Timers { get; }

    /// <summary>Merges two records of one child; null when the service has no child registry.</summary>
    public MergeChildrenHandler? MergeChildren => _merge;
#pragma warning restore CS1591

    internal AppendRecordHandler Append { get; }

    /// <summary>A case with its tasks, or null.</summary>
    public Task<CaseState?> GetAsync(Guid caseId, CancellationToken cancellationToken = default) => _runner.Store.LoadAsync(caseId, cancellationToken);

    /// <summary>The workflow definition version a case runs on.</summary>
    public Task<Definitions.WorkflowDefinition?> GetWorkflowDefinitionAsync(CaseState state, CancellationToken cancellationToken = default) =>
        _runner.Workflows.GetDefinitionAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken);

    /// <summary>The case's journal, oldest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        _runner.Store.ReadJournalAsync(caseId, cancellationToken);

    /// <summary>Checks the case's journal chain: any edited, deleted or reordered entry is found.</summary>
    public async Task<JournalVerification?> VerifyJournalAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var state = await _runner.Store.LoadAsync(caseId, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var entries = await _runner.Store.ReadJournalAsync(caseId, cancellationToken);
        return JournalVerifier.Verify(entries, state.JournalSequence, state.JournalHead);
    }

    /// <summary>Opens a case from a contact; see <see cref="OpenCaseHandler"/>.</summary>
    public Task<CommandResult<CaseState>> OpenCaseAsync(OpenCaseCommand command, CancellationToken cancellationToken = default) =>
        Open.HandleAsync(command, cancellationToken);

    /// <summary>A person takes a task of their agency.</summary>
    public Task<CommandResult<CaseState>> ClaimTaskAsync(Guid caseId, Guid taskId, string actor, CancellationToken cancellationToken = default) =>
        Claim.HandleAsync(new(caseId, taskId, actor), cancellationToken);

    /// <summary>Completes a task with an outcome and its form data, then moves the case on as the workflow says.</summary>
    public Task<CommandResult<CaseState>> CompleteTaskAsync(CompleteTaskCommand request, CancellationToken cancellationToken = default) =>
        Complete.HandleAsync(request, cancellationToken);

    /// <summary>Completes the panel chair's task from confirmed minutes; see <see cref="CompleteWithMinutesHandler"/>.</summary>
    public Task<CommandResult<CaseState>> CompleteWithMinutesAsync(CompleteTaskCommand request, JsonObject minutes, CancellationToken cancellationToken = default) =>
        CompleteWithMinutes.HandleAsync(new(request, minutes), cancellationToken);

    /// <summary>Journals a panel entry on a case (e.g. a correction to confirmed minutes); closed cases too.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a panel entry (<c>panel.*</c>).</exception>
    public Task<CommandResult<CaseState>> RecordPanelEntryAsync(Guid caseId, string kind, JsonObject data, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (kind is null || !kind.StartsWith(CompleteWithMinutesHandler.PanelKindPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{kind}' is not a panel journal entry; its kind must start with '{CompleteWithMinutesHandler.PanelKindPrefix}'.", nameof(kind));
        }

        return Append.HandleAsync(new(caseId, kind, data, actor, OnClosedCase: true), cancellationToken);
    }

    /// <summary>Appends one journal entry to an open case (a note, a document), checked first against today's date on its calendar.</summary>
    internal Task<CommandResult<CaseState>> AppendAsync(Guid caseId, string actor, string kind, Func<DateOnly, IReadOnlyList<ValidationError>> check, JsonObject data,
        CaseAccessCheck? access, CancellationToken cancellationToken) =>
        Append.HandleAsync(new(caseId, kind, data, actor, check, access), cancellationToken);

    /// <summary>Someone of an agency signs a task off for it.</summary>
    public Task<CommandResult<CaseState>> SignOffTaskAsync(Guid caseId, Guid taskId, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        SignOff.HandleAsync(new(caseId, taskId, actorAgency, actor, access), cancellationToken);

    /// <summary>Moves the case by hand along one of its current stage's manual transitions, with a reason.</summary>
    public Task<CommandResult<CaseState>> MoveByHandAsync(Guid caseId, string transitionKey, string reason, string actor, CancellationToken cancellationToken = default) =>
        MoveByHand.HandleAsync(new(caseId, transitionKey, reason, actor), cancellationToken);

    /// <summary>Fires a timer transition of the case's current stage.</summary>
    public Task<CommandResult<CaseState>> FireTimerAsync(Guid caseId, string transitionKey, CancellationToken cancellationToken = default) =>
        Timers.FireTransitionAsync(caseId, transitionKey, cancellationToken);

    /// <summary>Reads a case for a person with a need to know, recording the read; see <see cref="ReadCaseHandler"/>.</summary>
    public Task<CommandResult<CaseState>> ReadCaseAsync(Guid caseId, string viewer, string? purpose, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        Read.HandleAsync(new(caseId, viewer, purpose, access), cancellationToken);

    /// <inheritdoc />
    public Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default) => Timers.FireAsync(timer, cancellationToken);

    /// <inheritdoc />
    public Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default) => Timers.FireTogetherAsync(timers, cancellationToken);

    /// <inheritdoc />
    public bool FiresEachTogether => Timers.FiresEachTogether;

    /// <inheritdoc />
    public Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> groups, CancellationToken cancellationToken = default) => Timers.FireEachAsync(groups, cancellationToken);
}
