using System.Text.Json.Nodes;
using WorkflowEngine.Tests.Shared;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.CaseMigration;

/// <summary>A lead moves running cce-referral cases to a second version through the API: a dry run that writes nothing, then the move, then a second run that finds nothing to do.</summary>
public sealed class CaseMigrationApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_lead_dry_runs_then_migrates_and_a_second_run_moves_nothing()
    {
        var (frontDoor, strategy) = await MigrationSetup.VersionTwoAsync(app);
        var lead = await app.As("chair.partnership");
        var keptTask = (await ApiCalls.ActiveTaskAsync(app, frontDoor))["id"]!.GetValue<Guid>();

        var unmapped = await (await lead.PostAsync("/api/workflows/cce-referral/migrations/dry-run", MigrationSetup.Body(null))).JsonAsync();
        var preview = await (await lead.PostAsync("/api/workflows/cce-referral/migrations/dry-run", MigrationSetup.Body(MigrationSetup.Mapped()))).JsonAsync();
        var stuck = Plan(unmapped, strategy);
        var plan = Plan(preview, frontDoor);
        Assert.False(stuck["canMove"]!.GetValue<bool>());
        Assert.Equal("migration.stage-unmapped", stuck["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(keptTask, plan["kept"]![0]!["taskId"]!.GetValue<Guid>());
        Assert.Equal(CceReferralRevision.RecordsCheck, plan["created"]![0]!["task"]!.GetValue<string>());
        Assert.Equal(CceReferralRevision.NewStrategy, Plan(preview, strategy)["stageAfter"]!.GetValue<string>());
        Assert.Equal(1, (await ApiCalls.CaseAsync(app, frontDoor))["workflowVersion"]!.GetValue<int>());

        var moved = await (await lead.PostAsync("/api/workflows/cce-referral/migrations", MigrationSetup.Body(MigrationSetup.Mapped()))).JsonAsync();
        var again = await (await lead.PostAsync("/api/workflows/cce-referral/migrations", MigrationSetup.Body(MigrationSetup.Mapped()))).JsonAsync();

        Assert.Equal(preview["movable"]!.GetValue<int>(), moved["moved"]!.GetValue<int>());
        Assert.Equal(0, again["moved"]!.GetValue<int>());
        var after = await ApiCalls.CaseAsync(app, frontDoor);
        Assert.Equal(2, after["workflowVersion"]!.GetValue<int>());
        Assert.Contains(after["tasks"]!.AsArray(), t => t!["id"]!.GetValue<Guid>() == keptTask && t["closedAt"] is null);
        Assert.Equal((2, CceReferralRevision.NewStrategy),
            ((await ApiCalls.CaseAsync(app, strategy))["workflowVersion"]!.GetValue<int>(), (await ApiCalls.CaseAsync(app, strategy))["stage"]!.GetValue<string>()));
    }

    private static JsonObject Plan(JsonNode preview, Guid caseId) =>
        preview["cases"]!.AsArray().Single(c => c!["caseId"]!.GetValue<Guid>() == caseId)!.AsObject();
}
