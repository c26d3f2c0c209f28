using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Tests.Shared;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.CaseMigration;

/// <summary>What the migration tests share: cases on version 1 of cce-referral, then version 2 published, once per app.</summary>
internal static class MigrationSetup
{
    public const string Reason = "Police records are checked at the front door.";

    private static readonly ConcurrentDictionary<WebAppFactory, (Guid FrontDoor, Guid Strategy)> Done = new();

    public static JsonObject Mapped() => new() { [CceReferralRevision.OldStrategy] = CceReferralRevision.NewStrategy };

    public static JsonObject Body(JsonObject? map, int from = 1, int to = 2, string? reason = Reason) => new()
    {
        ["fromVersion"] = from, ["toVersion"] = to, ["stageMap"] = map ?? new JsonObject(), ["reason"] = reason,
    };

    /// <summary>One case at the front door and one urgent case at the strategy discussion on version 1, then version 2 published.</summary>
    public static async Task<(Guid FrontDoor, Guid Strategy)> VersionTwoAsync(WebAppFactory app)
    {
        if (Done.TryGetValue(app, out var opened))
        {
            return opened;
        }
        var frontDoor = await ApiCalls.OpenConcernAsync(app);
        var dsl = await app.As("dsl.education");
        var urgent = await (await dsl.PostAsync("/api/cases", new
        {
            child = new { name = "Sam Urgent", dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Threatened with a knife over a drugs debt.", urgent = true },
            facts = new JsonObject { ["missingEpisodes"] = 1 },
        })).JsonAsync(HttpStatusCode.Created);
        var strategy = urgent["id"]!.GetValue<Guid>();
        Assert.Equal(CceReferralRevision.OldStrategy, (await ApiCalls.CaseAsync(app, strategy))["stage"]!.GetValue<string>());

        var lead = await app.As("chair.partnership");
        var v1 = await (await lead.GetAsync("/api/workflows/cce-referral/versions/1")).JsonAsync();
        var draft = new StringContent(CceReferralRevision.Revise(v1["content"]!.ToJsonString()), Encoding.UTF8, "application/json");
        var saved = await (await lead.PostAsync(ApiCalls.Path("/api/workflows/cce-referral/drafts"), draft)).JsonAsync(HttpStatusCode.Created);
        await (await lead.PostAsync($"/api/workflows/cce-referral/versions/{saved["version"]!.GetValue<int>()}/publish")).JsonAsync();
        Done[app] = (frontDoor, strategy);
        return (frontDoor, strategy);
    }
}
