using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>
/// <c>/metrics</c> gives admins the engine's figures in Prometheus's format, timer lag among them;
/// anyone else is refused. The timer dispatcher is stopped so the timers stay late.
/// </summary>
public sealed class MetricsTests : IDisposable
{
    private const string Node = "metrics-node";

    private readonly WebAppFactory _app = new();

    public MetricsTests()
    {
        _app.Settings["Node:Name"] = Node;
        _app.TestServices = services =>
        {
            foreach (var dispatcher in services.Where(d => d.ImplementationType == typeof(TimerDispatcherService)).ToList())
            {
                services.Remove(dispatcher);
            }
        };
    }

    [Fact]
    public async Task An_admin_reads_the_timer_lag_of_timers_nobody_fired()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Lag Moore");
        var monitor = _app.Services.GetRequiredService<OperationsMonitor>();
        var (pending, _) = await _app.Services.GetRequiredService<ITimerStore>().CountAsync();
        Assert.True(pending > 0, "The new case planned no timers.");

        _app.Time.Advance(TimeSpan.FromDays(60));
        var figures = (await monitor.RefreshAsync()).Figures;
        var admin = await _app.As("admin.partnership");
        var scrape = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.True(figures.TimerLag > TimeSpan.FromDays(1), $"Lag {figures.TimerLag}");
        Assert.Equal(figures.TimerLag.TotalSeconds, Gauge(text, "workflow_timer_lag_seconds"), 3);
        Assert.Equal(pending, Gauge(text, "workflow_timers_pending"));
        Assert.Contains("workflow_outbox_backlog", text, StringComparison.Ordinal);
        Assert.Contains("workflow_incidents", text, StringComparison.Ordinal);
        Assert.Contains("workflow_commands_total", text, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, caseId);
    }

    [Fact]
    public async Task Anyone_but_an_admin_is_refused_the_metrics()
    {
        var lead = await _app.As("chair.partnership");
        var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => _app.Dispose();

    // The sample of this node's gauge: "name{...node="metrics-node"...} value".
    private static double Gauge(string scrape, string name)
    {
        var line = scrape.Split('\n').Single(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains($"node=\"{Node}\"", StringComparison.Ordinal));
        return double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
