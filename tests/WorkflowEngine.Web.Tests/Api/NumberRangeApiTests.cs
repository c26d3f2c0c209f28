using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>
/// Numbers outside a fact's or form field's range are refused at input, naming the field, and
/// nothing is stored: an overflow must never change a safeguarding decision or answer 500.
/// </summary>
public sealed class NumberRangeApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public NumberRangeApiTests(WebAppFactory app) => _app = app;

    public static TheoryData<string> Hostile() => ["2147483647", "-5", "2147483648"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Completing_the_screening_with_missing_episodes_out_of_range_is_400_naming_the_field_and_changes_nothing(string value)
    {
        var (caseId, screening) = await AtScreeningAsync("Range " + value);
        var mash = await _app.As("mash.childrens-social-care");
        var before = await ApiCalls.CaseAsync(_app, caseId);

        var response = await mash.PostAsync($"/api/cases/{caseId}/tasks/{screening["id"]}/complete", new
        {
            outcome = "screened",
            data = JsonNode.Parse($$"""{ "missingEpisodes": {{value}} }"""),
        });

        var problem = await response.InvalidAsync("$.data.missingEpisodes");
        Assert.Contains("from 0 to 1,000", problem["errors"]!["$.data.missingEpisodes"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var after = await ApiCalls.CaseAsync(_app, caseId);
        Assert.Equal(before["stage"]!.GetValue<string>(), after["stage"]!.GetValue<string>());
        Assert.Equal("open", after["status"]!.GetValue<string>());
        var task = after["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<Guid>() == screening["id"]!.GetValue<Guid>())!;
        Assert.Equal(screening["version"]!.GetValue<long>(), task["version"]!.GetValue<long>());
        Assert.Null(task["closedAt"]);
        Assert.False(after["facts"]!.AsObject().ContainsKey("riskLevel"));
    }

    [Theory]
    [InlineData("ageYears", "2147483648")]
    [InlineData("ageYears", "-5")]
    [InlineData("missingEpisodes", "2147483647")]
    [InlineData("missingEpisodes", "1e400")]
    public async Task Opening_a_case_with_a_number_fact_out_of_range_is_400_naming_the_fact_and_opens_nothing(string fact, string value)
    {
        var dsl = await _app.As("dsl.education");
        var child = $"Nobody {fact} {value}";

        var response = await dsl.PostAsync("/api/cases", new
        {
            child = new { name = child },
            contact = new { referrer = "Priya Shah", concern = "Seen with older men." },
            facts = JsonNode.Parse($$"""{ "{{fact}}": {{value}} }"""),
        });

        await response.InvalidAsync($"$.facts.{fact}");
        var search = await (await (await _app.As("chair.partnership")).GetAsync($"/api/cases?childName={Uri.EscapeDataString(child)}")).JsonAsync();
        Assert.DoesNotContain(child, search.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_workflow_is_reported_at_the_requests_workflow_field()
    {
        var dsl = await _app.As("dsl.education");

        var response = await dsl.PostAsync("/api/cases", new
        {
            workflow = "no-such-workflow",
            child = new { name = "Kit Ford" },
            contact = new { referrer = "Priya Shah", concern = "Seen with older men." },
        });

        var problem = await response.InvalidAsync("$.workflow");
        Assert.False(problem["errors"]!.AsObject().ContainsKey("$.workflowKey"));
    }

    [Fact]
    public async Task The_test_bench_refuses_a_fact_out_of_range_naming_it()
    {
        var practitioner = await _app.As("practitioner.education");

        var response = await practitioner.PostAsync("/api/rulesets/exploitation-screening/evaluate", new { facts = JsonNode.Parse("""{ "missingEpisodes": 2147483647 }""") });

        await response.InvalidAsync("$.facts.missingEpisodes");
    }

    private async Task<(Guid CaseId, JsonObject Screening)> AtScreeningAsync(string child)
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, child);
        var mash = await _app.As("mash.childrens-social-care");
        var decide = await ApiCalls.ActiveTaskAsync(_app, caseId);
        await (await mash.PostAsync($"/api/cases/{caseId}/tasks/{decide["id"]}/complete", new
        {
            outcome = "exploitation-screening",
            data = new { decisionRationale = "Repeated missing episodes: screen for exploitation." },
        })).JsonAsync();
        var screening = await ApiCalls.ActiveTaskAsync(_app, caseId);
        Assert.Equal("screen-for-exploitation", screening["key"]!.GetValue<string>());
        return (caseId, screening);
    }
}
