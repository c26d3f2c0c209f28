using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>
/// Hostile rule expressions sent through the real endpoints: each is refused with a 400 naming the
/// rule, and the server (this test process) carries on answering.
/// </summary>
public sealed class RuleSetLimitsApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public RuleSetLimitsApiTests(WebAppFactory app) => _app = app;

    public static TheoryData<string, string> Payloads() => new()
    {
        { "10 KB of nested parentheses", new string('(', 4_998) + "true" + new string(')', 4_998) },
        { "20,000 && terms", new StringBuilder("true").Insert(4, " && true", 19_999).ToString() },
        { "a 1.1 MB expression", "facts.missingEpisodes > " + new string('1', 1_100_000) },
        { "3,000 nested parentheses inside the length", new string('(', 1_500) + "true" + new string(')', 1_500) },
    };

    private static StringContent HighRisk(string expression)
    {
        var rules = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "front-door-routing.json")))!.AsObject();
        rules["Rules"]![0]!["RuleName"] = "High risk";
        rules["Rules"]![0]!["Expression"] = expression;
        return new StringContent(rules.ToJsonString(), Encoding.UTF8, "application/json");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Any_signed_in_user_validating_a_hostile_expression_gets_a_400_naming_the_rule(string payload, string expression)
    {
        var practitioner = await _app.As("practitioner.education");

        var response = await practitioner.PostAsync(ApiCalls.Path("/api/rulesets/validate"), HighRisk(expression));

        var problem = await response.InvalidAsync("$.Rules[0].Expression");
        var entry = Assert.Single(problem["problems"]!.AsArray())!;
        Assert.Equal("$.Rules[0].Expression", entry["path"]!.GetValue<string>());
        Assert.StartsWith("Rule 'High risk' in rule set 'front-door-routing' is too", entry["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(payload.Length > 0);
        await (await practitioner.GetAsync("/api/rulesets")).JsonAsync();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_lead_saving_a_hostile_expression_as_a_draft_gets_a_400_and_nothing_is_stored(string payload, string expression)
    {
        var lead = await _app.As("lead.police");
        var before = (await (await lead.GetAsync("/api/rulesets/front-door-routing/versions")).JsonAsync()).AsArray().Count;

        var response = await lead.PostAsync(ApiCalls.Path("/api/rulesets/front-door-routing/drafts"), HighRisk(expression));

        await response.InvalidAsync("$.Rules[0].Expression");
        var after = (await (await lead.GetAsync("/api/rulesets/front-door-routing/versions")).JsonAsync()).AsArray().Count;
        Assert.Equal(before, after);
        Assert.True(payload.Length > 0);
    }

    [Fact]
    public async Task The_deeply_nested_refusal_says_how_deep_in_words_a_lead_understands()
    {
        var practitioner = await _app.As("practitioner.education");

        var response = await practitioner.PostAsync(ApiCalls.Path("/api/rulesets/validate"), HighRisk(new string('(', 40) + "true" + new string(')', 40)));

        var problem = await response.InvalidAsync("$.Rules[0].Expression");
        Assert.Equal(
            "Rule 'High risk' in rule set 'front-door-routing' is too deeply nested (more than 32 brackets inside each other). Split it into simpler rules.",
            problem["problems"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ordinary_mistake_still_gets_the_validation_report_rather_than_a_400()
    {
        var practitioner = await _app.As("practitioner.education");

        var report = await (await practitioner.PostAsync(ApiCalls.Path("/api/rulesets/validate"), HighRisk("facts.missingEpisodes >"))).JsonAsync();

        Assert.False(report["valid"]!.GetValue<bool>());
    }
}
