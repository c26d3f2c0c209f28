using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>Builds dispatchers over shared fakes: a fake clock, default options and the given store and channels.</summary>
internal sealed class DispatcherHarness
{
    public FakeTimeProvider Time { get; } = new(OutboxMessages.Start);

    public NotificationOptions Options { get; } = new();

    public OutboxDispatcher Dispatcher(IOutboxStore store, params INotificationChannel[] channels) =>
        new(store, channels, Options, Time, NullLogger<OutboxDispatcher>.Instance);
}
