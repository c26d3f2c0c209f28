using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;
using static WorkflowEngine.Web.Tests.Designer.DesignerSession;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>A lead saves a draft from the designer and publishes it; running cases keep the version they started on.</summary>
public sealed class DesignerPublishingTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public DesignerPublishingTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_published_draft_runs_new_cases_while_a_case_opened_before_stays_on_version_1()
    {
        var designer = await OpenAsync(_app, "chair.partnership");
        var before = await ApiCalls.OpenConcernAsync(_app, "Before Publishing");
        var draft = Shipped("cce-referral");
        draft["description"] = "Revised in the designer.";
        draft["designer"] = new JsonObject { ["positions"] = new JsonObject { ["contact"] = new JsonObject { ["x"] = 10, ["y"] = 20 } } };

        var saved = await designer.PostAsync("/designer/workflows/cce-referral/drafts", draft);
        var created = await saved.JsonAsync(HttpStatusCode.Created);
        var workflow = (await (await designer.GetAsync("/designer/workflows/cce-referral")).JsonAsync()).AsObject();
        var published = await (await designer.PostAsync("/designer/workflows/cce-referral/versions/2/publish")).JsonAsync();
        var again = await designer.PostAsync("/designer/workflows/cce-referral/versions/2/publish");
        var after = await ApiCalls.OpenConcernAsync(_app, "After Publishing");

        Assert.Equal((2, "Draft"), (created["version"]!.GetValue<int>(), created["status"]!.GetValue<string>()));
        Assert.Equal("/designer/workflows/cce-referral/versions/2", saved.Headers.Location!.OriginalString);
        Assert.Equal(draft.ToJsonString(), workflow["draft"]!["content"]!.ToJsonString());
        Assert.Equal(["Draft", "Published"], workflow["versions"]!.AsArray().Select(v => v!["status"]!.GetValue<string>()));
        Assert.Null(workflow["versions"]![0]!["publishedAt"]);
        Assert.Equal((2, "Published"), (published["version"]!.GetValue<int>(), published["status"]!.GetValue<string>()));
        await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, (await ApiCalls.CaseAsync(_app, before))["workflowVersion"]!.GetValue<int>());
        Assert.Equal(2, (await ApiCalls.CaseAsync(_app, after))["workflowVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_draft_with_the_wrong_key_or_problems_is_refused_by_path_and_only_a_published_version_retires()
    {
        var designer = await OpenAsync(_app, "chair.partnership");
        var invalid = Shipped("nrm");
        invalid["startStage"] = "nowhere";

        var mismatch = await (await designer.PostAsync("/designer/workflows/nrm/drafts", Shipped("exclusion"))).InvalidAsync("$.key");
        var problem = await (await designer.PostAsync("/designer/workflows/nrm/drafts", invalid)).InvalidAsync("$.startStage");
        // Retiring the only published version would leave cce-referral's link to nrm dangling: publish version 2 first.
        await (await designer.PostAsync("/designer/workflows/nrm/drafts", Shipped("nrm"))).JsonAsync(HttpStatusCode.Created);
        await (await designer.PostAsync("/designer/workflows/nrm/versions/2/publish")).JsonAsync();
        var retired = await designer.PostAsync("/designer/workflows/nrm/versions/1/retire");
        var retireAgain = await designer.PostAsync("/designer/workflows/nrm/versions/1/retire");

        Assert.Equal("document.key-mismatch", mismatch["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(problem["problems"]!.AsArray(), p => p!["path"]!.GetValue<string>() == "$.startStage");
        Assert.Equal("Retired", (await retired.JsonAsync())["status"]!.GetValue<string>());
        await retireAgain.ProblemAsync(HttpStatusCode.Conflict);
    }
}
