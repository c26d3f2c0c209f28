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
/// Hosts register the handlers themselves (controllers take the one they run); the methods here
/// are for callers that run many kinds of command (the demo seeder, the simulator, tests) and each
/// hands its command to its handler unchanged.
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

    /// <summary>The reference list a due time extension's reason must come from.</summary>
    public const string ExtensionReasonsList = ExtendDueHandler.ExtensionReasonsList;

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

    /// <summary>Every problem with a contact, without opening anything.</summary>
    public IReadOnlyList<ValidationError> CheckContact(OpenCaseCommand command) => Open.Check(command);

    /// <summary>Opens a case from a contact; see <see cref="OpenCaseHandler"/>.</summary>
    public Task<CommandResult<CaseState>> OpenCaseAsync(OpenCaseCommand command, CancellationToken cancellationToken = default) =>
        Open.HandleAsync(command, cancellationToken);

    /// <summary>A person takes a task of their agency.</summary>
    public Task<CommandResult<CaseState>> ClaimTaskAsync(Guid caseId, Guid taskId, string actor, CancellationToken cancellationToken = default) =>
        Claim.HandleAsync(new(caseId, taskId, actor), cancellationToken);

    /// <summary>As <see cref="ClaimTaskAsync(Guid, Guid, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> ClaimTaskAsync(Guid caseId, Guid taskId, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        Claim.HandleAsync(new(caseId, taskId, actor, access), cancellationToken);

    /// <summary>The person holding a task gives it back to the agency's queue.</summary>
    public Task<CommandResult<CaseState>> ReleaseTaskAsync(Guid caseId, Guid taskId, string actor, CancellationToken cancellationToken = default) =>
        Release.HandleAsync(new(caseId, taskId, actor), cancellationToken);

    /// <summary>As <see cref="ReleaseTaskAsync(Guid, Guid, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> ReleaseTaskAsync(Guid caseId, Guid taskId, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        Release.HandleAsync(new(caseId, taskId, actor, access), cancellationToken);

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

    /// <summary>Gives a task to another agency, role or person, with a reason.</summary>
    public Task<CommandResult<CaseState>> ReassignTaskAsync(ReassignTaskCommand request, CancellationToken cancellationToken = default) =>
        Reassign.HandleAsync(request, cancellationToken);

    /// <summary>A manager extends a task's due time with a stop-the-clock reason.</summary>
    public Task<CommandResult<CaseState>> ExtendDueAsync(ExtendDueCommand request, CancellationToken cancellationToken = default) =>
        Extend.HandleAsync(request, cancellationToken);

    /// <summary>Someone of the receiving agency accepts a task passed to it.</summary>
    public Task<CommandResult<CaseState>> AcceptHandoverAsync(Guid caseId, Guid taskId, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        AnswerHandover.HandleAsync(new(caseId, taskId, true, null, actorAgency, actor, access), cancellationToken);

    /// <summary>Someone of the receiving agency declines a task passed to it, saying why.</summary>
    public Task<CommandResult<CaseState>> DeclineHandoverAsync(Guid caseId, Guid taskId, string reason, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        AnswerHandover.HandleAsync(new(caseId, taskId, false, reason, actorAgency, actor, access), cancellationToken);

    /// <summary>Someone of an agency signs a task off for it.</summary>
    public Task<CommandResult<CaseState>> SignOffTaskAsync(Guid caseId, Guid taskId, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        SignOff.HandleAsync(new(caseId, taskId, actorAgency, actor, access), cancellationToken);

    /// <summary>Escalates the task one level up by hand, saying why.</summary>
    public Task<CommandResult<CaseState>> EscalateByHandAsync(Guid caseId, Guid taskId, string reason, string actor, CancellationToken cancellationToken = default) =>
        EscalateByHand.HandleAsync(new(caseId, taskId, reason, actor), cancellationToken);

    /// <summary>As <see cref="EscalateByHandAsync(Guid, Guid, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> EscalateByHandAsync(Guid caseId, Guid taskId, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        EscalateByHand.HandleAsync(new(caseId, taskId, reason, actor, access), cancellationToken);

    /// <summary>A manager takes an open escalation on.</summary>
    public Task<CommandResult<CaseState>> AcknowledgeEscalationAsync(Guid caseId, Guid escalationId, string actor, CancellationToken cancellationToken = default) =>
        Acknowledge.HandleAsync(new(caseId, escalationId, actor), cancellationToken);

    /// <summary>A manager closes an escalation with a note of what was done.</summary>
    public Task<CommandResult<CaseState>> ResolveEscalationAsync(Guid caseId, Guid escalationId, string note, string actor, CancellationToken cancellationToken = default) =>
        Resolve.HandleAsync(new(caseId, escalationId, note, actor), cancellationToken);

    /// <summary>Moves the case by hand along one of its current stage's manual transitions, with a reason.</summary>
    public Task<CommandResult<CaseState>> MoveByHandAsync(Guid caseId, string transitionKey, string reason, string actor, CancellationToken cancellationToken = default) =>
        MoveByHand.HandleAsync(new(caseId, transitionKey, reason, actor), cancellationToken);

    /// <summary>As <see cref="MoveByHandAsync(Guid, string, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> MoveByHandAsync(Guid caseId, string transitionKey, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        MoveByHand.HandleAsync(new(caseId, transitionKey, reason, actor, access), cancellationToken);

    /// <summary>Fires a timer transition of the case's current stage.</summary>
    public Task<CommandResult<CaseState>> FireTimerAsync(Guid caseId, string transitionKey, CancellationToken cancellationToken = default) =>
        Timers.FireTransitionAsync(caseId, transitionKey, cancellationToken);

    /// <summary>Starts one of the workflow's linked tracks for the same child; returns the new case.</summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(Guid caseId, string workflowKey, string reason, string actor, CancellationToken cancellationToken = default) =>
        StartTrack.HandleAsync(new(caseId, workflowKey, reason, actor), cancellationToken);

    /// <summary>As <see cref="StartLinkedTrackAsync(Guid, string, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(Guid caseId, string workflowKey, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        StartTrack.HandleAsync(new(caseId, workflowKey, reason, actor, null, access), cancellationToken);

    /// <summary>Starts a linked track; see <see cref="StartTrackHandler"/>.</summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(StartTrackCommand request, CancellationToken cancellationToken = default) =>
        StartTrack.HandleAsync(request, cancellationToken);

    /// <summary>Closes a case by hand with a reason, cancelling its open tasks.</summary>
    public Task<CommandResult<CaseState>> CloseCaseAsync(Guid caseId, string reason, string actor, CancellationToken cancellationToken = default) =>
        Close.HandleAsync(new(caseId, reason, actor), cancellationToken);

    /// <summary>As <see cref="CloseCaseAsync(Guid, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> CloseCaseAsync(Guid caseId, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        Close.HandleAsync(new(caseId, reason, actor, access), cancellationToken);

    /// <summary>Records that a person opened the case (the disclosure log).</summary>
    public Task<CommandResult<CaseState>> RecordViewAsync(Guid caseId, string viewer, string? purpose = null, CancellationToken cancellationToken = default) =>
        Read.HandleAsync(new(caseId, viewer, purpose), cancellationToken);

    /// <summary>Reads a case for a person with a need to know, recording the read; see <see cref="ReadCaseHandler"/>.</summary>
    public Task<CommandResult<CaseState>> ReadCaseAsync(Guid caseId, string viewer, string? purpose, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        Read.HandleAsync(new(caseId, viewer, purpose, access), cancellationToken);

    /// <summary>Merges two records of the same child; see <see cref="MergeChildrenHandler"/>.</summary>
    /// <exception cref="InvalidOperationException">The service was built without a child registry.</exception>
    public Task<CommandResult<ChildMergeResult>> MergeChildrenAsync(MergeChildrenCommand request, CancellationToken cancellationToken = default) =>
        (_merge ?? throw new InvalidOperationException("Merging child records needs the child registry; construct the CaseService with one.")).HandleAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default) => Timers.FireAsync(timer, cancellationToken);

    /// <inheritdoc />
    public Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default) => Timers.FireTogetherAsync(timers, cancellationToken);

    /// <inheritdoc />
    public bool FiresEachTogether => Timers.FiresEachTogether;

    /// <inheritdoc />
    public Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> groups, CancellationToken cancellationToken = default) => Timers.FireEachAsync(groups, cancellationToken);
}
