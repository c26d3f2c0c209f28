using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>Outbox messages for tests.</summary>
internal static class OutboxMessages
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static OutboxMessage TaskOverdue(DateTimeOffset? createdAt = null, NotificationRecipient? recipient = null) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = createdAt ?? Start,
        Kind = "task.overdue",
        CaseId = Guid.NewGuid(),
        TaskId = Guid.NewGuid(),
        Recipient = recipient ?? new NotificationRecipient("north-council", "team-manager"),
        Subject = "Strategy discussion is overdue",
        Body = "The strategy discussion for case 2026-0042 was due at 09:00 and is not complete.",
        NextAttemptAt = createdAt ?? Start,
    };
}
