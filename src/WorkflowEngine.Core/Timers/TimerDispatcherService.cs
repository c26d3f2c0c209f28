using Microsoft.Extensions.Hosting;

namespace WorkflowEngine.Core.Timers;

/// <summary>Runs the <see cref="TimerDispatcher"/> for the life of the host.</summary>
/// <param name="dispatcher">The dispatcher.</param>
public sealed class TimerDispatcherService(TimerDispatcher dispatcher) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}
