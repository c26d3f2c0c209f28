using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>Input the engine cannot use is refused at the edge with a 4xx naming what is wrong, never a 500.</summary>
public sealed class EdgeLimitTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public EdgeLimitTests(WebAppFactory app) => _app = app;

    [Theory]
    [InlineData("/api/dashboard?period=year&on=9999-12-31", "on")]
    [InlineData("/api/dashboard?period=month&on=0001-01-01", "on")]
    [InlineData("/api/dashboard?period=custom&from=2026-01-01&to=9999-12-31", "to")]
    [InlineData("/api/dashboard?period=custom&from=0001-01-01&to=2026-01-01", "from")]
    public async Task A_dashboard_date_out_of_range_is_400_naming_the_parameter(string path, string field)
    {
        var lead = await _app.As("chair.partnership");

        var response = await lead.GetAsync(path);

        var problem = await response.InvalidAsync(field);
        Assert.Contains(problem["problems"]!.AsArray(), p => p!["path"]!.GetValue<string>() == field);
    }

    [Fact]
    public async Task A_forty_megabyte_body_is_413_as_a_problem()
    {
        var dsl = await _app.As("dsl.education");
        var huge = "{\"contact\":{\"concern\":\"" + new string('a', 40 * 1024 * 1024) + "\"}}";
        using var body = new StringContent(huge, Encoding.UTF8, "application/json");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.DoesNotContain("Exception", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_body_over_one_megabyte_is_413_but_a_large_concern_within_it_is_accepted()
    {
        var dsl = await _app.As("dsl.education");
        using var over = new StringContent("{\"contact\":{\"concern\":\"" + new string('a', 1024 * 1024 + 10) + "\"}}", Encoding.UTF8, "application/json");
        await (await dsl.PostAsync(ApiCalls.Path("/api/cases"), over)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var opened = await (await dsl.PostAsync("/api/cases", new
        {
            child = new { name = "Large Concern", dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = new string('b', 9_000) },
            facts = new JsonObject(),
        })).JsonAsync(HttpStatusCode.Created);
        Assert.NotNull(opened["id"]);
    }
}
