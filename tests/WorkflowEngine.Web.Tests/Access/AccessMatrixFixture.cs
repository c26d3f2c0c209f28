using System.Net;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Access;

/// <summary>
/// One app and one seeded case for the whole matrix: a school's concern (so one agency has a task
/// on it), escalated once by hand; and a caller of every role, from the involved agency and from
/// one that is not.
/// </summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    public const string ChildName = "Matrix Seed Child";

    public WebAppFactory App { get; } = new();

    public MatrixSeed Seed { get; private set; } = null!;

    public IReadOnlyList<MatrixCaller> Callers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var caseId = await ApiCalls.OpenConcernAsync(App, ChildName);
        var task = await ApiCalls.ActiveTaskAsync(App, caseId);
        var taskId = task["id"]!.GetValue<Guid>();
        var chair = await App.As("chair.partnership");
        await (await chair.PostAsync($"/api/cases/{caseId}/tasks/{taskId}/escalate", new { reason = "Seeding the access matrix." })).JsonAsync();
        var seeded = await ApiCalls.CaseAsync(App, caseId);
        var escalation = seeded["escalations"]!.AsArray().Single()!;
        var involved = seeded["tasks"]!.AsArray().Select(t => t!["agency"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Seed = new MatrixSeed(caseId, ChildName, taskId, task["agency"]!.GetValue<string>(),
            escalation["id"]!.GetValue<Guid>(), escalation["targetAgency"]!.GetValue<string>(), involved);

        var inside = Seed.TaskAgency;
        var outside = new[] { "police", "health", "youth-justice" }.First(a => !involved.Contains(a) && a != Seed.EscalationAgency);
        Callers =
        [
            new($"practitioner.{inside}", "practitioner", inside, true),
            new($"practitioner.{outside}", "practitioner", outside, false),
            new($"manager.{inside}", "manager", inside, true),
            new($"manager.{outside}", "manager", outside, false),
            new($"lead.{inside}", "lead", inside, true),
            new($"lead.{outside}", "lead", outside, false),
            new("chair.partnership", "lead", "partnership", false),
            new("admin.partnership", "admin", "partnership", false),
        ];
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every (method, path template) in the OpenAPI document.</summary>
    public async Task<IReadOnlySet<string>> DocumentedOperationsAsync()
    {
        var response = await App.Browser().GetAsync(ApiCalls.Path("/openapi/v1.json"));
        var document = (await response.JsonAsync(HttpStatusCode.OK)).AsObject();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => $"{method.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet(StringComparer.Ordinal);
    }
}
