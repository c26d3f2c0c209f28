using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Health;

/// <summary>
/// Admins see how the system is running: each node seen in the last minute with the figures it
/// last reported (commands a second, timer lag, outbox backlog, incidents), the same figures the
/// <c>/metrics</c> scrape gives.
/// </summary>
[AdminOnly]
public sealed class HealthController(INodeHeartbeats heartbeats, OperationsMonitor monitor, TimeProvider time) : PageController
{
    /// <summary>How recently a node must have reported to be listed.</summary>
    public static readonly TimeSpan Seen = TimeSpan.FromMinutes(1);

    /// <summary>The nodes and their figures.</summary>
    [HttpGet("/admin/health")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var nodes = await heartbeats.ListSinceAsync(now - Seen, cancellationToken);
        return View("Index", new HealthView(nodes, monitor.Node, now));
    }
}
