using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Tests.Shared;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.CaseMigration;

/// <summary>Moving running cases through the API is for leads and admins only, and every wrong request is refused naming its field, with nothing moved.</summary>
public sealed class CaseMigrationRefusalTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Only_leads_and_admins_may_dry_run_or_migrate()
    {
        await MigrationSetup.VersionTwoAsync(app);
        var body = MigrationSetup.Body(new JsonObject { [CceReferralRevision.OldStrategy] = CceReferralRevision.NewStrategy });

        foreach (var user in new[] { "practitioner.health", "manager.police", "dsl.education" })
        {
            var client = await app.As(user);
            await (await client.PostAsync("/api/workflows/cce-referral/migrations/dry-run", body)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsync("/api/workflows/cce-referral/migrations", body)).ProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Wrong_requests_are_refused_naming_the_field_and_nothing_moves()
    {
        var (frontDoor, strategy) = await MigrationSetup.VersionTwoAsync(app);
        var lead = await app.As("chair.partnership");

        var same = await (await lead.PostAsync("/api/workflows/cce-referral/migrations/dry-run", MigrationSetup.Body(null, to: 1))).InvalidAsync("$.toVersion");
        var unknown = await (await lead.PostAsync("/api/workflows/cce-referral/migrations/dry-run", MigrationSetup.Body(null, from: 7, to: 9))).InvalidAsync("$.fromVersion", "$.toVersion");
        var unmapped = await (await lead.PostAsync("/api/workflows/cce-referral/migrations", MigrationSetup.Body(null))).InvalidAsync("$.stageMap.strategy-discussion");
        var badMap = await (await lead.PostAsync("/api/workflows/cce-referral/migrations/dry-run", MigrationSetup.Body(new JsonObject { ["front-door"] = "nowhere" }))).InvalidAsync("$.stageMap.front-door");
        await (await lead.PostAsync("/api/workflows/cce-referral/migrations", MigrationSetup.Body(MigrationSetup.Mapped(), reason: null))).InvalidAsync("$.reason");
        await (await lead.PostAsync("/api/workflows/no-such-workflow/migrations/dry-run", MigrationSetup.Body(null))).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("already run on version 1", same["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("has no version 9", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("at stage 'strategy-discussion', which version 2 does not have", unmapped["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("'nowhere', which version 2 does not have", badMap["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, (await ApiCalls.CaseAsync(app, frontDoor))["workflowVersion"]!.GetValue<int>());
        Assert.Equal(1, (await ApiCalls.CaseAsync(app, strategy))["workflowVersion"]!.GetValue<int>());
    }
}
