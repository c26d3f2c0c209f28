using Microsoft.Extensions.Hosting;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Runs an <see cref="OutboxDispatcher"/> for as long as the host runs.</summary>
public sealed class OutboxDispatcherService : BackgroundService
{
    private readonly OutboxDispatcher _dispatcher;

    /// <summary>Creates the service around the dispatcher.</summary>
    public OutboxDispatcherService(OutboxDispatcher dispatcher) => _dispatcher = dispatcher;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _dispatcher.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; undelivered messages stay pending for the next start.
        }
    }
}
