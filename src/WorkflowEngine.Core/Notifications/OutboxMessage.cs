namespace WorkflowEngine.Core.Notifications;

/// <summary>
/// A notification waiting to be delivered: written in the same transaction as the event that
/// caused it (a task falling due, an escalation, a reassignment), then delivered by the outbox
/// dispatcher to the in-app inbox and by e-mail. Its <see cref="Id"/> doubles as the delivery's
/// idempotency key (the in-app row's key and the e-mail's Message-Id).
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Identity, and the idempotency key of every delivery of this message.</summary>
    public required Guid Id { get; init; }

    /// <summary>When the event happened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>What happened, e.g. <c>task.overdue</c>, <c>escalation.raised</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The case it is about, if any.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>The task it is about, if any.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>Who it goes to.</summary>
    public required NotificationRecipient Recipient { get; init; }

    /// <summary>One line, shown as the e-mail subject and the in-app heading.</summary>
    public required string Subject { get; init; }

    /// <summary>Plain text body. Holds no more about the child than the recipient's role needs.</summary>
    public required string Body { get; init; }

    /// <summary>Pending until delivered, then Sent; Failed after the last attempt.</summary>
    public OutboxStatus Status { get; set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be tried before this instant (back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>When delivery finished.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }

    /// <summary>The dispatcher holding the message while it delivers it.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that hold lapses, so another dispatcher may take the message.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Optimistic-concurrency version; bumped on every change.</summary>
    public long Version { get; set; }
}
