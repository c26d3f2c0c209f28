using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Operations;

/// <summary>Refreshes the <see cref="OperationsMonitor"/> at start and then every <see cref="NodeOptions.HeartbeatInterval"/>.</summary>
public sealed partial class OperationsMonitorService(OperationsMonitor monitor, NodeOptions node, TimeProvider time, ILogger<OperationsMonitorService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Started(logger, node.Name);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await monitor.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A database outage must not stop the heartbeat; it logs and tries at the next beat.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Failed(logger, ex, node.Name);
            }

            await Task.Delay(node.HeartbeatInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Node {Node} started; it reports its heartbeat to the database")]
    private static partial void Started(ILogger logger, string node);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Node {Node} could not read the operational figures or report its heartbeat; it tries again at the next beat")]
    private static partial void Failed(ILogger logger, Exception exception, string node);
}
