using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Simulation;

/// <summary>
/// The simulator over a document store holding the shipped workflows and rule sets as published
/// version 1, with the real clock on Monday 2 March 2026 09:00 GMT.
/// </summary>
internal sealed class SimulationHarness
{
    public static readonly DateTimeOffset Monday = RuntimeHarness.Monday;

    private SimulationHarness()
    {
        Documents = new InMemoryDocumentStore(Time);
        Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var calendars = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
        var publisher = new DefinitionPublisher(Documents, new RuleSetValidator(Reference), Reference, calendars);
        Synchroniser = new CatalogueSynchroniser(publisher, Documents);
        Simulator = new WorkflowSimulator(Documents, publisher, new RuleEvaluator(Documents, Reference), new DueTimeCalculator(calendars), Reference, Time, new TimerOptions());
    }

    public FakeTimeProvider Time { get; } = new(Monday);

    public InMemoryDocumentStore Documents { get; }

    public ReferenceData Reference { get; }

    public WorkflowSimulator Simulator { get; }

    private CatalogueSynchroniser Synchroniser { get; }

    public static string CceReferral => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "cce-referral.json"));

    public static async Task<SimulationHarness> StartAsync()
    {
        var harness = new SimulationHarness();
        await harness.Synchroniser.SyncAsync(RepositoryPaths.Workflows, RepositoryPaths.Rules);
        return harness;
    }

    public Task<SimulationResult> RunAsync(JsonObject facts, params SimulationStep[] steps) => RunAsync(CceReferral, facts, steps);

    public Task<SimulationResult> RunAsync(string workflow, JsonObject facts, params SimulationStep[] steps) =>
        Simulator.RunAsync(new SimulationRequest(workflow, facts, steps));

    public static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>A referral from the front door to an agreed disruption plan with police and education.</summary>
    public static SimulationStep[] ToDisruptionPlan() =>
    [
        new CompleteTaskStep("decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Signs of exploitation." }),
        new CompleteTaskStep("screen-for-exploitation", "screened", new JsonObject { ["missingEpisodes"] = 3, ["carryingWeapons"] = true }),
        new CompleteTaskStep("add-to-mace-agenda", "added", []),
        new FireTimerStep("panel-sits"),
        new CompleteTaskStep("mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant", ["disruptionAgencies"] = new JsonArray("police", "education"),
        }),
    ];
}
