using System.Net;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Dashboard;

/// <summary>The dashboard page, its CSV files and its API on the real test host.</summary>
public abstract class DashboardPageTests
{
    private readonly WebAppFactory _app;

    protected DashboardPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_lead_sees_every_measure_with_its_definition_and_a_chart_with_a_table_of_the_same_numbers()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var (status, html) = await lead.ReadAsync("/dashboard?period=quarter&on=2026-03-02");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Partnership dashboard", PageClient.Headings(html)[0]);
        Assert.Contains("1 January 2026 to 31 March 2026", html, StringComparison.Ordinal);
        foreach (var measure in MeasureCatalogue.All)
        {
            Assert.Contains($"id=\"measure-{measure.Key}\"", html, StringComparison.Ordinal);
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(measure.Definition), html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/dashboard/{measure.Key}?period=quarter&amp;on=2026-03-02\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<script type=\"application/json\" id=\"dashboard-trends\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-disruption-share\"", html, StringComparison.Ordinal);
        // Every measure counted over a period has its monthly chart beside its table; the "now" measures have none.
        foreach (var measure in MeasureCatalogue.All)
        {
            Assert.Equal(measure.HasTrend, html.Contains($"id=\"chart-{measure.Key}\"", StringComparison.Ordinal));
            Assert.Equal(measure.HasTrend, html.Contains($"id=\"table-{measure.Key}\"", StringComparison.Ordinal));
        }

        Assert.False(MeasureCatalogue.Find(MeasureCatalogue.OverdueTasks)!.HasTrend);
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Days</th>", html, StringComparison.Ordinal);
        Assert.Matches("<table class=\"govuk-table\" id=\"table-disruption-share\">[\\s\\S]*?Jan 2026[\\s\\S]*?Feb 2026[\\s\\S]*?Mar 2026", html);
        Assert.Contains("href=\"/dashboard.csv?period=quarter&amp;on=2026-03-02\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_period_ending_before_it_starts_is_refused_beside_the_field_and_by_the_API()
    {
        var lead = await _app.SignedInBrowserAsync("lead.police");
        var (status, html) = await lead.ReadAsync("/dashboard?period=custom&from=2026-03-31&to=2026-03-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#from\">The first day of the period must be on or before the last day.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"from-error\" class=\"govuk-error-message\">", html, StringComparison.Ordinal);

        var api = await _app.As("lead.police");
        await (await api.GetAsync("/api/dashboard?from=2026-03-31&to=2026-03-01")).InvalidAsync("from");
        await (await api.GetAsync("/api/dashboard?period=month&on=31-03-2026")).InvalidAsync("on");
    }

    [Fact]
    public async Task A_custom_period_is_typed_in_GOV_UK_date_boxes_and_its_links_keep_the_dates()
    {
        var lead = await _app.SignedInBrowserAsync("lead.police");
        var (status, html) = await lead.ReadAsync("/dashboard?period=custom&from-day=1&from-month=1&from-year=2026&to-day=31&to-month=3&to-year=2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("1 January 2026 to 31 March 2026", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-date-input\">", html, StringComparison.Ordinal);
        Assert.Matches("<input class=\"govuk-input govuk-date-input__input govuk-input--width-2\" id=\"from\"\\s+name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"1\">", html);
        Assert.Contains("href=\"/dashboard.csv?period=custom&amp;from=2026-01-01&amp;to=2026-03-31\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_named_beside_its_boxes_and_what_was_typed_is_kept()
    {
        var lead = await _app.SignedInBrowserAsync("lead.police");
        var (status, html) = await lead.ReadAsync("/dashboard?period=custom&from-day=31&from-month=2&from-year=2026&to-day=31&to-month=3&to-year=2026");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#from\">The first day of the period must be a real date, for example 31 3 2026.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"from-error\" class=\"govuk-error-message\">", html, StringComparison.Ordinal);
        Assert.Matches("id=\"from\"\\s+name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", html);
        Assert.Matches("id=\"to-year\"\\s+name=\"to-year\" type=\"text\" inputmode=\"numeric\" value=\"2026\"", html);
    }

    [Fact]
    public async Task A_decision_made_in_time_is_in_the_CSV_the_drill_down_and_the_API()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Nia Ross");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        await (await mash.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/complete", new
        {
            outcome = "no-further-action", data = new { decisionRationale = "No role for social care." },
        })).JsonAsync();
        var reference = "CASE-" + caseId.ToString("N")[^8..].ToUpperInvariant();

        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var drill = (await lead.ReadAsync("/dashboard/referral-decisions-in-time?period=month&on=2026-03-02")).Html;
        Assert.Contains($"<a class=\"govuk-link\" href=\"/cases/{caseId}\">{reference}</a>", drill, StringComparison.Ordinal);
        Assert.Contains("Nia Ross", drill, StringComparison.Ordinal);

        var csv = await lead.GetStringAsync(new Uri("/dashboard/referral-decisions-in-time/cases.csv?period=month&on=2026-03-02", UriKind.Relative));
        Assert.StartsWith("measure,case_reference,child,workflow,opened_at_utc,met,detail\r\n", csv, StringComparison.Ordinal);
        Assert.Contains($"referral-decisions-in-time,{reference},Nia Ross,cce-referral,", csv, StringComparison.Ordinal);

        var all = await lead.GetStringAsync(new Uri("/dashboard.csv?period=month&on=2026-03-02", UriKind.Relative));
        var lines = all.Split("\r\n");
        Assert.Equal("measure,title,value,unit,numerator,denominator,from,to,agency,workflow,risk,definition", lines[0]);
        Assert.Equal(MeasureCatalogue.All.Select(m => m.Key), lines.Skip(1).Take(MeasureCatalogue.All.Count).Select(l => l.Split(',')[0]));

        var api = await (await (await _app.As("chair.partnership")).GetAsync("/api/dashboard?period=month&on=2026-03-02")).JsonAsync();
        Assert.Equal("2026-03-01", api["from"]!.GetValue<string>());
        Assert.Equal(MeasureCatalogue.All.Select(m => m.Key), api["measures"]!.AsArray().Select(m => m!["key"]!.GetValue<string>()));
        var decisions = api["measures"]!.AsArray().Single(m => m!["key"]!.GetValue<string>() == MeasureCatalogue.ReferralDecisionsInTime)!;
        Assert.True(decisions["numerator"]!.GetValue<int>() >= 1);
    }

    public sealed class OnSqlite(WebAppFactory app) : DashboardPageTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : DashboardPageTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
