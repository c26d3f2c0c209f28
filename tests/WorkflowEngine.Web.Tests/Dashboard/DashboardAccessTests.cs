using System.Net;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Dashboard;

/// <summary>Who may read the dashboard: not practitioners; managers only their own agency's figures.</summary>
public sealed class DashboardAccessTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public DashboardAccessTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_practitioner_cannot_open_the_dashboard_its_CSV_or_its_API()
    {
        var practitioner = await _app.SignedInBrowserAsync("practitioner.police");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.ReadAsync("/dashboard")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.ReadAsync("/dashboard.csv")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.ReadAsync("/dashboard/disruption-share")).Status);
        await (await (await _app.As("practitioner.police")).GetAsync("/api/dashboard")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_sees_only_their_own_agency_whatever_agency_they_ask_for()
    {
        var manager = await (await (await _app.As("manager.police")).GetAsync("/api/dashboard?agency=health")).JsonAsync();
        Assert.Equal("police", manager["agency"]!.GetValue<string>());
        var managerPage = (await (await _app.SignedInBrowserAsync("manager.police")).ReadAsync("/dashboard")).Html;
        Assert.Contains(", Police only</p>", managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"agency\"", managerPage, StringComparison.Ordinal);
    }
}
