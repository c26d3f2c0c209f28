using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Text and dates over the engine's limits, sent through the API: 400 naming the field, nothing stored.</summary>
public sealed class InputLimitsApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public InputLimitsApiTests(WebAppFactory app) => _app = app;

    [Theory]
    [InlineData("half a megabyte name", "$.child.name")]
    [InlineData("null byte", "$.child.name")]
    [InlineData("invisible", "$.child.name")]
    [InlineData("year one", "$.child.dateOfBirth")]
    [InlineData("half a megabyte concern", "$.contact.concern")]
    public async Task A_concern_over_the_limits_is_400_naming_the_field_and_opens_nothing(string what, string field)
    {
        var dsl = await _app.As("dsl.education");
        var marker = "Limits " + Guid.NewGuid().ToString("N");
        var (name, born, concern) = what switch
        {
            "half a megabyte name" => (marker + new string('x', 500_000), "2012-01-01", "Seen with older men."),
            "null byte" => (marker + "\0", "2012-01-01", "Seen with older men."),
            "invisible" => ("\u200B\u200B\u2060", "2012-01-01", "Seen with older men."),
            "year one" => (marker, "0001-01-01", "Seen with older men."),
            _ => (marker, "2012-01-01", new string('c', 500_000)),
        };

        var response = await dsl.PostAsync("/api/cases", new
        {
            child = new { name, dateOfBirth = born },
            contact = new { referrer = "Priya Shah", concern },
        });

        await response.InvalidAsync(field);
        var search = await (await (await _app.As("chair.partnership")).GetAsync($"/api/cases?childName={marker}")).JsonAsync();
        Assert.DoesNotContain(marker, search.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_megabyte_closing_reason_and_an_extension_to_the_year_5000_are_refused_and_the_case_is_unchanged()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Limits Reason");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var lead = await _app.As("lead.childrens-social-care");

        await (await lead.PostAsync($"/api/cases/{caseId}/close", new { reason = new string('r', 1_000_000) })).InvalidAsync("$.reason");
        await (await lead.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/extend", new
        {
            newDueAt = "5000-01-01T00:00:00Z",
            reason = "awaiting-agency-information",
        })).InvalidAsync("$.newDueAt");

        var after = await ApiCalls.CaseAsync(_app, caseId);
        Assert.Equal("open", after["status"]!.GetValue<string>());
        var same = after["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<Guid>() == task["id"]!.GetValue<Guid>())!;
        Assert.Equal(task["dueAt"]!.GetValue<DateTimeOffset>(), same["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }
}
