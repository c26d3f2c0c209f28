using Microsoft.Extensions.Hosting;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Runs an <see cref="OutboxDispatcher"/> for as long as the host runs; undelivered messages stay pending for the next start.</summary>
/// <param name="dispatcher">The dispatcher.</param>
public sealed class OutboxDispatcherService(OutboxDispatcher dispatcher) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}
