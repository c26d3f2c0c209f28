using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>A channel that lets a test await the first delivery instead of sleeping.</summary>
internal sealed class SignallingChannel : INotificationChannel
{
    private readonly TaskCompletionSource<OutboxMessage> _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<OutboxMessage> Delivered => _delivered.Task;

    public string Name => "signalling";

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        _delivered.TrySetResult(message);
        return Task.CompletedTask;
    }
}
