using Microsoft.Extensions.Logging;
using WorkflowEngine.Core.Leases;

namespace WorkflowEngine.Core.Notifications;

/// <summary>
/// Delivers outbox messages to every channel. Any number of dispatchers may share one store: each
/// message is claimed with a lease before it is delivered, and a message another dispatcher
/// claimed first is skipped. Time comes only from the injected <see cref="TimeProvider"/>. The loop
/// (start, release earlier leases, retry after an outage) is the one every leased dispatcher shares
/// (<see cref="LeasedDispatcher{TPass}"/>): after a full batch it goes again at once, otherwise it
/// waits <see cref="NotificationOptions.PollInterval"/>.
/// </summary>
public sealed class OutboxDispatcher : LeasedDispatcher<OutboxBatchResult>
{
    private readonly IOutboxStore _store;
    private readonly IReadOnlyList<INotificationChannel> _channels;
    private readonly NotificationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;

    /// <summary>Creates a dispatcher with an owner name of its own, unique to this instance.</summary>
    public OutboxDispatcher(
        IOutboxStore store,
        IEnumerable<INotificationChannel> channels,
        NotificationOptions options,
        TimeProvider time,
        ILogger<OutboxDispatcher> logger,
        LeaseHolder? holder = null)
        : base("outbox", time, logger, holder)
    {
        _store = store;
        _channels = channels.ToList();
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override TimeSpan RetryInterval => _options.PollInterval;

    /// <summary>
    /// Delivers one batch of due messages: for each, claims it, delivers it to every channel and marks
    /// it sent; on a failure records it with an exponential back-off, or marks it failed after
    /// <see cref="NotificationOptions.MaxAttempts"/>. Store failures are thrown.
    /// </summary>
    public async Task<OutboxBatchResult> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await _store.FindDeliverableAsync(_time.GetUtcNow(), _options.BatchSize, cancellationToken);
        int sent = 0, retrying = 0, gaveUp = 0, skipped = 0, leaseLost = 0;
        foreach (var found in due)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Claimed one at a time, just before delivery, so a lease is not spent waiting behind earlier messages.
            var claimed = await _store.TryClaimAsync(found.Id, found.Version, Owner, _time.GetUtcNow() + _options.LeaseDuration, cancellationToken);
            if (claimed is null)
            {
                skipped++;
                continue;
            }

            // Attempts are counted when claimed, so holders that died mid-delivery (a message that
            // crashes the process, say) still use them up instead of looping for ever.
            var outcome = claimed.Attempts > _options.MaxAttempts
                ? await RecordFailureAsync(claimed, new TimeoutException($"No dispatcher finished delivering it in {claimed.Attempts - 1} attempts."), cancellationToken)
                : await DeliverClaimedAsync(claimed, cancellationToken);
            switch (outcome)
            {
                case Outcome.Sent: sent++; break;
                case Outcome.Retrying: retrying++; break;
                case Outcome.GaveUp: gaveUp++; break;
                default: leaseLost++; break;
            }
        }

        return new OutboxBatchResult(sent, retrying, gaveUp, skipped, leaseLost);
    }

    /// <inheritdoc />
    protected override Task<OutboxBatchResult> PassAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken);

    /// <inheritdoc />
    protected override Task<int> ReleaseLeasesAsync(string instancePrefix, string runPrefix, CancellationToken cancellationToken) =>
        _store.ReleaseLeasesAsync(instancePrefix, runPrefix, cancellationToken);

    /// <inheritdoc />
    protected override Task<TimeSpan> WaitAfterAsync(OutboxBatchResult pass, CancellationToken cancellationToken) =>
        Task.FromResult(pass.Found >= _options.BatchSize ? TimeSpan.Zero : _options.PollInterval);

    private async Task<Outcome> DeliverClaimedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var channel in _channels)
            {
                await channel.DeliverAsync(message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await RecordFailureAsync(message, ex, cancellationToken);
        }

        // Channels already delivered before a later one failed are delivered again on the retry;
        // they are idempotent on the message id, so the recipient still sees one copy.
        if (await _store.MarkSentAsync(message.Id, message.Version, _time.GetUtcNow(), cancellationToken))
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Delivered outbox message {MessageId} ({Kind}) on attempt {Attempt}.", message.Id, message.Kind, message.Attempts);
            }

            return Outcome.Sent;
        }

        _logger.LogWarning("Delivered outbox message {MessageId}, but its lease had been taken over; the new holder will deliver it again.", message.Id);
        return Outcome.LeaseLost;
    }

    private async Task<Outcome> RecordFailureAsync(OutboxMessage message, Exception error, CancellationToken cancellationToken)
    {
        var giveUp = message.Attempts >= _options.MaxAttempts;
        var nextAttemptAt = _time.GetUtcNow() + RetryBackoff.After(message.Attempts, _options.RetryBaseDelay, _options.RetryMaxDelay);
        var recorded = await _store.RecordFailureAsync(message.Id, message.Version, $"{error.GetType().Name}: {error.Message}", nextAttemptAt, giveUp, cancellationToken);
        if (!recorded)
        {
            _logger.LogWarning(error, "Outbox message {MessageId} failed, but its lease had been taken over before the failure could be recorded.", message.Id);
            return Outcome.LeaseLost;
        }

        if (giveUp)
        {
            _logger.LogError(error, "Gave up on outbox message {MessageId} ({Kind}) after {Attempts} attempts; an admin can retry it.", message.Id, message.Kind, message.Attempts);
            return Outcome.GaveUp;
        }

        _logger.LogWarning(error, "Outbox message {MessageId} ({Kind}) failed attempt {Attempt}; next attempt at {NextAttemptAt:O}.", message.Id, message.Kind, message.Attempts, nextAttemptAt);
        return Outcome.Retrying;
    }

    private enum Outcome
    {
        Sent,
        Retrying,
        GaveUp,
        LeaseLost,
    }
}
