using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Simulation;

/// <summary>
/// Runs a workflow (typically a draft in the designer) against sample facts and a list of steps
/// without touching a live case: the real <see cref="CaseService"/> over a case store in memory,
/// the draft standing in as the latest published version, published rule sets and reference data
/// read as they are, and a clock of its own that starts at the real now and moves only when a
/// step fires a timer. Nothing is written anywhere.
/// </summary>
public sealed class WorkflowSimulator
{
    /// <summary>Who the simulated case's journal names as the actor of every step.</summary>
    public const string Actor = "simulator";

    private readonly IDocumentReader _documents;
    private readonly DefinitionPublisher _publisher;
    private readonly IRuleEvaluator _rules;
    private readonly IDueTimeCalculator _clock;
    private readonly ReferenceData _reference;
    private readonly TimeProvider _time;
    private readonly TimerOptions _timerOptions;

    /// <summary>Creates the simulator.</summary>
    /// <param name="documents">The live document store, only ever read.</param>
    /// <param name="publisher">Validates the workflow with the same checks as publishing.</param>
    /// <param name="rules">Evaluates the published rule sets.</param>
    /// <param name="clock">Works out due times on the calendars.</param>
    /// <param name="reference">Agencies, lists and facts.</param>
    /// <param name="time">Gives the instant the simulated case opens.</param>
    /// <param name="timerOptions">How timers are planned, as in the live engine.</param>
    public WorkflowSimulator(IDocumentReader documents, DefinitionPublisher publisher, IRuleEvaluator rules, IDueTimeCalculator clock,
        ReferenceData reference, TimeProvider time, TimerOptions timerOptions)
    {
        _documents = documents;
        _publisher = publisher;
        _rules = rules;
        _clock = clock;
        _reference = reference;
        _time = time;
        _timerOptions = timerOptions;
    }

    /// <summary>
    /// Validates the workflow, opens a case on it with the facts and applies each step in order.
    /// Stops at the first step that cannot apply, reporting which and why.
    /// </summary>
    public async Task<SimulationResult> RunAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = await _publisher.ValidateAsync(DocumentKind.Workflow, request.Workflow, cancellationToken);
        if (errors.Count > 0)
        {
            return SimulationResult.Invalid(errors);
        }

        var definition = WorkflowDefinitionReader.Read(request.Workflow).Definition!;
        var now = _time.GetUtcNow();
        var versions = await _documents.ListVersionsAsync(DocumentKind.Workflow, definition.Key, cancellationToken);
        var version = versions.Where(v => v.Status != DocumentStatus.Draft).Select(v => v.Version).DefaultIfEmpty(0).Max() + 1;
        var draft = new StoredDocument(DocumentKind.Workflow, definition.Key, version, DocumentStatus.Published, request.Workflow,
            ContentHash.Of(request.Workflow), now, Actor);

        var simulatedClock = new SimulatedClock(now);
        var store = new SimulationCaseStore();
        var service = new CaseService(store, new WorkflowCatalogue(new SimulationDocumentStore(_documents, draft)), _rules, _clock, _reference,
            simulatedClock, _timerOptions);
        var run = new SimulationRun(service, store, simulatedClock, definition, _reference);
        return await run.ReplayAsync(request.Facts, request.Steps, cancellationToken);
    }
}
