using System.Net;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;
using static WorkflowEngine.Web.Tests.Designer.DesignerSession;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>
/// The rule-set editor's page and JSON endpoints (/designer/rulesets, /designer/reference): anyone
/// signed in reads and validates; leads and admins save, publish and retire; cookie and anti-forgery.
/// </summary>
public sealed class RuleSetEditorApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public RuleSetEditorApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_page_mounts_the_editor_read_only_for_a_practitioner_and_answers_404_for_an_unknown_rule_set()
    {
        var practitioner = await _app.SignedInBrowserAsync("practitioner.police");
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (status, html) = await practitioner.ReadAsync("/library/rulesets/front-door-routing/editor");
        var (_, leadHtml) = await lead.ReadAsync("/library/rulesets/front-door-routing/editor");
        var (missing, _) = await practitioner.ReadAsync("/library/rulesets/no-such-rules/editor");
        var (_, version) = await lead.ReadAsync("/library/rule-sets/front-door-routing/1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Rule set: front-door-routing</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ruleset-editor\" data-ruleset-key=\"front-door-routing\" data-can-edit=\"false\" data-api-base=\"/designer/rulesets\" data-reference-url=\"/designer/reference\"", html, StringComparison.Ordinal);
        Assert.Contains("Only safeguarding leads and admins can change it.", html, StringComparison.Ordinal);
        Assert.Contains("data-can-edit=\"true\"", leadHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("href=\"/library/rulesets/front-door-routing/editor\"", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_set_comes_with_its_versions_content_and_where_the_published_workflows_use_it()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "practitioner.police");

        var body = (await (await editor.GetAsync("/designer/rulesets/front-door-routing")).JsonAsync()).AsObject();
        var assignment = (await (await editor.GetAsync("/designer/rulesets/task-assignment")).JsonAsync()).AsObject();

        Assert.Equal(("front-door-routing", false), (body["key"]!.GetValue<string>(), body["canEdit"]!.GetValue<bool>()));
        Assert.Equal((1, "Published"), (body["versions"]![0]!["version"]!.GetValue<int>(), body["versions"]![0]!["status"]!.GetValue<string>()));
        Assert.Equal(ShippedRuleSet("front-door-routing").ToJsonString(), body["published"]!["content"]!.ToJsonString());
        Assert.Null(body["draft"]);
        Assert.Equal(("/library/rulesets/front-door-routing/bench", "/library/rulesets/front-door-routing/shadow"),
            (body["benchUrl"]!.GetValue<string>(), body["shadowUrl"]!.GetValue<string>()));
        var contact = body["usage"]!.AsArray().Single(u => u!["workflow"]!.GetValue<string>() == "cce-referral")!;
        Assert.Equal(("decision", "contact", "Contact"), (contact["kind"]!.GetValue<string>(), contact["stage"]!.GetValue<string>(), contact["stageName"]!.GetValue<string>()));
        Assert.Equal(["strategy-discussion -> Strategy discussion", "otherwise -> Front-door screening (MASH)"],
            contact["routes"]!.AsArray().Select(r => $"{r!["decision"]!.GetValue<string>()} -> {r["toName"]!.GetValue<string>()}"));
        Assert.Contains(assignment["usage"]!.AsArray(), u => u!["kind"]!.GetValue<string>() == "owner" && u["task"]!.GetValue<string>() == "screen-for-exploitation");
        Assert.Equal(1, (await (await editor.GetAsync("/designer/rulesets/front-door-routing/versions/1")).JsonAsync())["version"]!.GetValue<int>());
        await (await editor.GetAsync("/designer/rulesets/front-door-routing/versions/9")).ProblemAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync("/designer/rulesets/no-such-rules")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_reference_lists_the_fact_catalogue_the_choice_lists_and_only_the_functions_the_sandbox_allows()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "practitioner.police");

        var body = await (await editor.GetAsync("/designer/reference")).JsonAsync();

        var missing = body["facts"]!.AsArray().Single(f => f!["key"]!.GetValue<string>() == "missingEpisodes")!;
        Assert.Equal(("integer", "Missing episodes in the last 3 months"), (missing["type"]!.GetValue<string>(), missing["label"]!.GetValue<string>()));
        Assert.Equal("textList", body["facts"]!.AsArray().Single(f => f!["key"]!.GetValue<string>() == "disruptionMeasures")!["type"]!.GetValue<string>());
        var riskLevels = body["lists"]!.AsArray().Single(l => l!["key"]!.GetValue<string>() == "risk-levels")!;
        Assert.Equal(["emerging", "significant", "experiencing"], riskLevels["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>()));
        Assert.Contains(body["lists"]!.AsArray(), l => l!["key"]!.GetValue<string>() == "agencies");
        var functions = body["functions"]!.AsArray().Select(f => $"{f!["on"]!.GetValue<string>()}.{f["name"]!.GetValue<string>()}").ToList();
        Assert.Contains("text.Contains", functions);
        Assert.Contains("list.Count", functions);
        Assert.Contains("Math.Max", functions);
        Assert.DoesNotContain(functions, f => f.Contains(".op_", StringComparison.Ordinal) || f.EndsWith(".GetType", StringComparison.Ordinal));
        Assert.True(body["functions"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Length")!["isProperty"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_reference_gives_the_editors_the_text_limits_the_validator_enforces_and_an_over_long_message_is_refused_naming_it()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "practitioner.police");
        var tooLong = ShippedRuleSet("front-door-routing");
        tooLong["Rules"]![0]!["ErrorMessage"] = new string('m', WorkflowEngine.Core.Validation.TextLimits.RuleMessage + 1);

        var limits = (await (await editor.GetAsync("/designer/reference")).JsonAsync())["limits"]!;
        var refused = await (await editor.PostAsync("/designer/rulesets/validate", tooLong)).JsonAsync();

        Assert.Equal(
            (WorkflowEngine.Core.Validation.TextLimits.RuleName, WorkflowEngine.Core.Validation.TextLimits.RuleDescription,
             WorkflowEngine.Core.Validation.TextLimits.RuleDecision, WorkflowEngine.Core.Validation.TextLimits.RuleMessage),
            (limits["ruleName"]!.GetValue<int>(), limits["ruleDescription"]!.GetValue<int>(), limits["ruleDecision"]!.GetValue<int>(), limits["ruleMessage"]!.GetValue<int>()));
        Assert.Equal((WorkflowEngine.Core.Validation.TextLimits.FormText, WorkflowEngine.Core.Validation.TextLimits.FormLongText),
            (limits["formText"]!.GetValue<int>(), limits["formLongText"]!.GetValue<int>()));
        var problem = refused["errors"]!.AsArray().Single()!;
        Assert.Equal(("$.Rules[0].ErrorMessage", "The message of rule 1 when it does not hold is too long: 1,001 characters, and at most 1,000 are allowed. Shorten it."),
            (problem["path"]!.GetValue<string>(), problem["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Validation_gives_the_sandboxs_problems_with_the_path_of_the_rule_at_fault()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "practitioner.police");
        var broken = ShippedRuleSet("front-door-routing");
        broken["Rules"]![0]!["Expression"] = "facts.urgent ==";
        var unknown = ShippedRuleSet("front-door-routing");
        unknown["Rules"]![0]!["Expression"] = "facts.urgentt == true";

        var body = await (await editor.PostAsync("/designer/rulesets/validate", broken)).JsonAsync();
        var misspelt = await (await editor.PostAsync("/designer/rulesets/validate", unknown)).JsonAsync();
        var fine = await (await editor.PostAsync("/designer/rulesets/validate", ShippedRuleSet("front-door-routing"))).JsonAsync();

        Assert.False(body["valid"]!.GetValue<bool>());
        var problem = body["errors"]!.AsArray().Single()!;
        Assert.Equal(("rule.does-not-parse", "$.Rules[0].Expression"), (problem["code"]!.GetValue<string>(), problem["path"]!.GetValue<string>()));
        Assert.StartsWith("Rule 'urgent-risk' in rule set 'front-door-routing' does not make sense:", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Rule 'urgent-risk' in rule set 'front-door-routing' reads 'facts.urgentt', which is not in the fact catalogue. Check the spelling against reference/facts.json.",
            misspelt["errors"]![0]!["message"]!.GetValue<string>());
        Assert.True(fine["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_practitioner_may_read_and_validate_but_not_save_publish_or_retire()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "practitioner.police");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/designer/rulesets/front-door-routing/drafts", ShippedRuleSet("front-door-routing"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/designer/rulesets/front-door-routing/versions/1/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/designer/rulesets/front-door-routing/versions/1/retire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/designer/rulesets/validate", ShippedRuleSet("front-door-routing"))).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_header_is_refused_and_bearer_tokens_are_not_taken()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "chair.partnership");
        var api = await _app.As("chair.partnership");

        var validate = await editor.PostAsync("/designer/rulesets/validate", ShippedRuleSet("front-door-routing"), withToken: false);
        var save = await editor.PostAsync("/designer/rulesets/front-door-routing/drafts", ShippedRuleSet("front-door-routing"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, validate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/designer/rulesets/front-door-routing")).StatusCode);
    }

    [Fact]
    public async Task A_lead_saves_a_draft_publishes_it_and_retires_the_old_version_and_each_step_out_of_turn_is_a_409()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "chair.partnership", "disruption-plan-closure");
        var draft = ShippedRuleSet("disruption-plan-closure");
        draft["Rules"]![0]!["ErrorMessage"] = "Record a disruption measure, or why none was used, before closing the plan.";

        var saved = await editor.PostAsync("/designer/rulesets/disruption-plan-closure/drafts", draft);
        var created = await saved.JsonAsync(HttpStatusCode.Created);
        var withDraft = (await (await editor.GetAsync("/designer/rulesets/disruption-plan-closure")).JsonAsync()).AsObject();
        var retireDraft = await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/2/retire");
        var published = await (await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/2/publish")).JsonAsync();
        var publishAgain = await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/2/publish");
        var retired = await (await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/1/retire")).JsonAsync();
        var retireAgain = await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/1/retire");
        var missing = await editor.PostAsync("/designer/rulesets/disruption-plan-closure/versions/9/publish");

        Assert.Equal((2, "Draft"), (created["version"]!.GetValue<int>(), created["status"]!.GetValue<string>()));
        Assert.Equal("/designer/rulesets/disruption-plan-closure/versions/2", saved.Headers.Location!.OriginalString);
        Assert.Equal(draft.ToJsonString(), withDraft["draft"]!["content"]!.ToJsonString());
        Assert.Contains(withDraft["usage"]!.AsArray(), u => u!["kind"]!.GetValue<string>() == "guard" && u["transition"]!.GetValue<string>() == "early-review");
        var notPublished = await retireDraft.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("document.not-published", notPublished["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal((2, "Published"), (published["version"]!.GetValue<int>(), published["status"]!.GetValue<string>()));
        var notADraft = await publishAgain.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("document.not-a-draft", notADraft["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal((1, "Retired"), (retired["version"]!.GetValue<int>(), retired["status"]!.GetValue<string>()));
        await retireAgain.ProblemAsync(HttpStatusCode.Conflict);
        await missing.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_with_the_wrong_name_or_a_broken_rule_is_refused_with_every_problem_by_path()
    {
        var editor = await OpenRuleSetEditorAsync(_app, "chair.partnership", "task-assignment");
        var broken = ShippedRuleSet("task-assignment");
        broken["Rules"]![1]!["Expression"] = "task.key.GetType() != null";
        broken["Rules"]![2]!["RuleName"] = "screening-by-police-referrer";

        var mismatch = await (await editor.PostAsync("/designer/rulesets/task-assignment/drafts", ShippedRuleSet("front-door-routing"))).InvalidAsync("$.WorkflowName");
        var refused = await (await editor.PostAsync("/designer/rulesets/task-assignment/drafts", broken)).InvalidAsync("$.Rules[2].RuleName");

        Assert.Equal("document.key-mismatch", mismatch["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(refused["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "rule.duplicate-name"
            && p["message"]!.GetValue<string>() == "Two rules are called 'screening-by-police-referrer'. Give each rule its own name.");
        var versions = (await (await editor.GetAsync("/designer/rulesets/task-assignment")).JsonAsync())["versions"]!.AsArray();
        Assert.Single(versions);
    }
}
