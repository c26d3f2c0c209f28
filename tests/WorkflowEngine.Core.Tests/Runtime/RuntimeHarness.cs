using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>
/// The real engine (shipped reference data and calendars, real rule evaluation, Stateless) over
/// in-memory stores, with the clock on Monday 2 March 2026 09:00 GMT.
/// </summary>
internal sealed class RuntimeHarness
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "WorkflowEngine.Core.Tests", "Runtime", "Fixtures");

    public RuntimeHarness(ICaseStore? cases = null)
    {
        Documents = new InMemoryDocumentStore(Time);
        Cases = cases ?? new InMemoryCaseStore();
        Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var calendars = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
        Service = new CaseService(Cases, new WorkflowCatalogue(Documents), new RuleEvaluator(Documents, Reference), new DueTimeCalculator(calendars), Reference, Time);
    }

    public FakeTimeProvider Time { get; } = new(Monday);

    public InMemoryDocumentStore Documents { get; }

    public ICaseStore Cases { get; }

    public ReferenceData Reference { get; }

    public CaseService Service { get; }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name + ".json"));

    public static async Task<RuntimeHarness> StartAsync(ICaseStore? cases = null)
    {
        var harness = new RuntimeHarness(cases);
        foreach (var rules in new[] { "test-routing", "test-closure" })
        {
            await harness.Documents.PublishAsync(DocumentKind.RuleSet, rules, Fixture(rules), "hash", "test");
        }

        foreach (var workflow in new[] { "test-track", "test-referral" })
        {
            await harness.Documents.PublishAsync(DocumentKind.Workflow, workflow, Fixture(workflow), "hash", "test");
        }

        return harness;
    }

    public async Task<CaseState> OpenAsync(bool urgent = false)
    {
        var result = await Service.OpenCaseAsync(new OpenCaseCommand(
            "test-referral",
            new ChildDetails("Jay Smith", new DateOnly(2011, 5, 14)),
            new ContactDetails("A. Teacher", "education", "Seen with older men and new phones.", urgent),
            new JsonObject { ["missingEpisodes"] = 2 },
            "teacher@school"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public async Task<CaseState> CompleteAsync(CaseState state, string taskKey, string outcome, JsonObject? data = null, string actor = "worker")
    {
        var task = state.Tasks.Single(t => t.TaskKey == taskKey && t.IsActive);
        var result = await Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, outcome, data ?? [], actor));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public static JsonObject Screening(params string[] agencies) => new()
    {
        ["decisionRationale"] = "Several indicators of exploitation.",
        ["disruptionAgencies"] = new JsonArray([.. agencies.Select(a => (JsonNode)a)]),
    };
}
