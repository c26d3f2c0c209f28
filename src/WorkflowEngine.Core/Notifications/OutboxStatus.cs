namespace WorkflowEngine.Core.Notifications;

/// <summary>Where an outbox message is in its delivery.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be delivered (or to be retried).</summary>
    Pending,

    /// <summary>Delivered to every channel.</summary>
    Sent,

    /// <summary>Gave up after the last attempt; an admin can retry it.</summary>
    Failed,
}
