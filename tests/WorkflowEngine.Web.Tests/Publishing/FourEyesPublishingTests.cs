using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Publishing;

/// <summary>
/// Four-eyes publishing on: nothing is published directly (API, library, designer, rule editor);
/// a lead submits a draft with a reason and another lead approves it or sends it back with a note,
/// each step in the version history with who, when and why.
/// </summary>
public sealed class FourEyesPublishingTests : IClassFixture<ApprovalRequiredWebAppFactory>
{
    private readonly ApprovalRequiredWebAppFactory _app;

    public FourEyesPublishingTests(ApprovalRequiredWebAppFactory app) => _app = app;

    private static async Task<int> DraftAsync(HttpClient lead, string slug, string key)
    {
        var folder = slug == "rulesets" ? Core.Tests.RepositoryPaths.Rules : Path.Combine(Core.Tests.RepositoryPaths.Root, "workflows");
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, key + ".json")))!;
        var draft = await (await lead.PostAsync($"/api/{slug}/{key}/drafts", content)).JsonAsync(HttpStatusCode.Created);
        return draft["version"]!.GetValue<int>();
    }

    private static string Code(JsonObject problem) => Assert.Single(problem["problems"]!.AsArray())!["code"]!.GetValue<string>();

    [Fact]
    public async Task Publishing_directly_is_refused_with_409_by_the_API_the_designer_and_the_rule_editor_while_start_up_files_were_published()
    {
        var lead = await _app.As("lead.police");
        var ruleSet = await DraftAsync(lead, "rulesets", "disruption-plan-closure");
        var workflow = await DraftAsync(lead, "workflows", "exclusion");
        var designerPage = await Designer.DesignerSession.OpenAsync(_app, "lead.police", "exclusion");
        var editorPage = await Designer.DesignerSession.OpenRuleSetEditorAsync(_app, "lead.police", "disruption-plan-closure");

        var api = await (await lead.PostAsync($"/api/rulesets/disruption-plan-closure/versions/{ruleSet}/publish", new { reason = "Quick fix" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var editor = await editorPage.PostAsync($"/designer/rulesets/disruption-plan-closure/versions/{ruleSet}/publish");
        var designer = await designerPage.PostAsync($"/designer/workflows/exclusion/versions/{workflow}/publish");

        Assert.Equal("publish.approval-required", Code(api));
        Assert.Equal(
            $"Publishing needs a second lead's approval: submit version {ruleSet} of 'disruption-plan-closure' for approval with a reason, and another lead approves it.",
            api["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, editor.StatusCode);
        Assert.Contains("publish.approval-required", await editor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, designer.StatusCode);
        var documents = _app.Services.GetRequiredService<IDocumentReader>();
        Assert.Equal(DocumentStatus.Draft, (await documents.GetAsync(DocumentKind.RuleSet, "disruption-plan-closure", ruleSet))!.Status);
        Assert.Equal(CatalogueSynchroniser.FilesActor, (await documents.GetLatestPublishedAsync(DocumentKind.Workflow, "exclusion"))!.CreatedBy);
    }

    [Fact]
    public async Task Publishing_directly_from_the_library_page_is_refused_with_the_message_in_an_error_summary()
    {
        var lead = await _app.As("lead.health");
        var version = await DraftAsync(lead, "workflows", "missing-episode");
        var browser = await _app.SignedInBrowserAsync("lead.health");
        var path = $"/library/workflows/missing-episode/{version}/publish";

        var refused = await browser.PostFormAsync(path, path, [new("reason", "Quick fix")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"Publishing needs a second lead&#x27;s approval: submit version {version} of &#x27;missing-episode&#x27;", html, StringComparison.Ordinal);
        var (_, page) = await browser.ReadAsync($"/library/workflows/missing-episode/{version}");
        Assert.Contains("Submit for approval", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{path}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_approving_their_own_draft_is_refused_with_403_and_so_is_its_submitter()
    {
        var author = await _app.As("lead.education");
        var version = await DraftAsync(author, "rulesets", "exploitation-screening");
        var path = $"/api/rulesets/exploitation-screening/versions/{version}";
        await (await (await _app.As("chair.partnership")).PostAsync($"{path}/submit", new { reason = "Reviewed with the author" })).JsonAsync();

        var own = await (await author.PostAsync($"{path}/approve")).ProblemAsync(HttpStatusCode.Forbidden);
        var submitter = await (await (await _app.As("chair.partnership")).PostAsync($"{path}/approve")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("approval.own-draft", Code(own));
        Assert.Equal($"You wrote version {version} of 'exploitation-screening', so another lead must approve it.", own["detail"]!.GetValue<string>());
        Assert.Equal("approval.own-submission", Code(submitter));
        var draft = await (await author.GetAsync($"{path}")).JsonAsync();
        Assert.Equal("Draft", draft["status"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public async Task Approving_a_draft_that_was_not_submitted_is_refused_with_409()
    {
        var author = await _app.As("lead.police");
        var version = await DraftAsync(author, "workflows", "intelligence");

        var problem = await (await (await _app.As("chair.partnership")).PostAsync($"/api/workflows/intelligence/versions/{version}/approve")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("approval.not-submitted", Code(problem));
    }

    [Fact]
    public async Task Sending_back_without_a_note_is_refused_with_400_naming_the_note_and_submitting_without_a_reason_naming_the_reason()
    {
        var author = await _app.As("lead.health");
        var version = await DraftAsync(author, "rulesets", "task-assignment");
        var path = $"/api/rulesets/task-assignment/versions/{version}";
        var noReason = await (await author.PostAsync($"{path}/submit", new { reason = " " })).InvalidAsync("$.reason");
        await (await author.PostAsync($"{path}/submit", new { reason = "Education screening goes to the school's lead" })).JsonAsync();

        var noNote = await (await (await _app.As("chair.partnership")).PostAsync($"{path}/send-back", new { note = "" })).InvalidAsync("$.note");

        Assert.Equal(["Enter why you are making this change, for the lead who approves it."], noReason["errors"]!["$.reason"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["Enter a note saying what needs to change before it can be approved."], noNote["errors"]!["$.note"]!.AsArray().Select(m => m!.GetValue<string>()));
        var versions = await (await author.GetAsync("/api/rulesets/task-assignment/versions")).JsonAsync();
        Assert.Equal("lead.health", versions[0]!["submittedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_draft_submitted_by_one_lead_and_approved_by_another_is_published_and_the_history_keeps_who_when_and_why()
    {
        var author = await _app.As("lead.police");
        var version = await DraftAsync(author, "workflows", "nrm");
        var path = $"/api/workflows/nrm/versions/{version}";

        await (await author.PostAsync($"{path}/submit", new { reason = "First-responder contact moved to the police" })).JsonAsync();
        await (await (await _app.As("chair.partnership")).PostAsync($"{path}/send-back", new { note = "Say which team" })).JsonAsync();
        await (await author.PostAsync($"{path}/submit", new { reason = "First-responder contact moved to the police MASH team" })).JsonAsync();
        var approved = await (await (await _app.As("lead.education")).PostAsync($"{path}/approve", new { note = "Agreed at the MACE panel" })).JsonAsync();

        Assert.Equal("published", approved["status"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal("lead.police", approved["createdBy"]!.GetValue<string>());
        var history = await _app.Services.GetRequiredService<IVersionHistory>().ListAsync(DocumentKind.Workflow, "nrm");
        Assert.Equal(
            [
                (VersionAction.Approved, "lead.education", "Agreed at the MACE panel"),
                (VersionAction.Submitted, "lead.police", "First-responder contact moved to the police MASH team"),
                (VersionAction.SentBack, "chair.partnership", "Say which team"),
                (VersionAction.Submitted, "lead.police", "First-responder contact moved to the police"),
            ],
            history.Where(e => e.Version == version).Select(e => (e.Action, e.Actor, e.Reason)).ToList());
        Assert.All(history.Where(e => e.Version == version), e => Assert.Equal(_app.Time.GetUtcNow(), e.At));

        var (_, page) = await (await _app.SignedInBrowserAsync("chair.partnership")).ReadAsync($"/library/workflows/nrm/{version}");
        Assert.Contains("Approved and published", page, StringComparison.Ordinal);
        Assert.Contains("Sent back to draft", page, StringComparison.Ordinal);
        Assert.Matches("<dt class=\"govuk-summary-list__key\">Approved</dt>\\s*<dd class=\"govuk-summary-list__value\">2 March 2026 09:00 UTC by lead.education</dd>", page);
    }

    [Fact]
    public async Task The_library_offers_approval_to_another_lead_and_tells_the_author_someone_else_must()
    {
        var author = await _app.As("lead.education");
        var version = await DraftAsync(author, "rulesets", "front-door-routing");
        var library = $"/library/rule-sets/front-door-routing/{version}";
        var authorPages = await _app.SignedInBrowserAsync("lead.education");
        var submitted = await authorPages.PostFormAsync($"{library}/submit", $"{library}/submit", [new("reason", "Route looked-after children to the virtual school")]);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var (_, authorView) = await authorPages.ReadAsync(library);
        var reviewer = await _app.SignedInBrowserAsync("chair.partnership");
        var (_, confirm) = await reviewer.ReadAsync($"{library}/approve");
        var approved = await reviewer.PostFormAsync($"{library}/approve", $"{library}/approve", [new("reason", "")]);

        Assert.Contains($"You wrote version {version} of &#x27;front-door-routing&#x27;, so another lead must approve it.", authorView, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{library}/approve\"", authorView, StringComparison.Ordinal);
        Assert.Equal([$"Approve and publish version {version}?"], PageClient.Headings(confirm));
        Assert.Contains("submitted for approval by lead.education on 2 March 2026 09:00 UTC, because: Route looked-after children to the virtual school", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(version, await _app.Services.GetRequiredService<IDocumentReader>().GetLatestPublishedVersionAsync(DocumentKind.RuleSet, "front-door-routing"));
    }
}
