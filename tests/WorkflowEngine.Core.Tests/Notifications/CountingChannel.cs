using System.Collections.Concurrent;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>A channel that counts deliveries per message, and fails while <see cref="Failing"/> is set.</summary>
internal sealed class CountingChannel : INotificationChannel
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public bool Failing { get; set; }

    public string Name => "counting";

    public int DeliveriesOf(Guid id) => _deliveries.GetValueOrDefault(id);

    public int TotalDeliveries => _deliveries.Values.Sum();

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        if (Failing)
        {
            throw new IOException("The relay refused the connection.");
        }

        _deliveries.AddOrUpdate(message.Id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
