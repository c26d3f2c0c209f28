using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>The admin health page lists the nodes that reported in the last minute, with their figures; health answers name the node.</summary>
public sealed class HealthPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public HealthPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task An_admin_sees_this_node_with_its_figures_and_finds_the_page_in_the_navigation()
    {
        var admin = await _app.SignedInBrowserAsync("admin.partnership");
        var beat = await _app.Services.GetRequiredService<OperationsMonitor>().RefreshAsync();

        var page = await admin.GetStringAsync(ApiCalls.Path("/admin/health"));
        var tasks = await admin.GetStringAsync(ApiCalls.Path("/tasks"));

        Assert.Contains("<h1 class=\"govuk-heading-l\">System health</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\" class=\"govuk-table__header\">{beat.Node}</th>", page, StringComparison.Ordinal);
        Assert.Contains($"<strong id=\"this-node\">{beat.Node}</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/health\"", tasks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_not_heard_from_for_over_a_minute_is_not_listed()
    {
        var admin = await _app.SignedInBrowserAsync("admin.partnership");
        await _app.Services.GetRequiredService<OperationsMonitor>().RefreshAsync();
        var heartbeats = _app.Services.GetRequiredService<INodeHeartbeats>();
        await heartbeats.BeatAsync(new NodeHeartbeat("gone-node", _app.Time.GetUtcNow() - TimeSpan.FromHours(1), _app.Time.GetUtcNow() - TimeSpan.FromMinutes(2), 0, OperationalFigures.None));

        var page = await admin.GetStringAsync(ApiCalls.Path("/admin/health"));

        Assert.DoesNotContain("gone-node", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_say_which_node_gave_them()
    {
        var response = await _app.CreateClient().GetAsync(ApiCalls.Path("/health/ready"));

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal(_app.Services.GetRequiredService<NodeOptions>().Name, Assert.Single(response.Headers.GetValues("X-Workflow-Node")));
    }
}
