namespace WorkflowEngine.Core.Notifications;

/// <summary>A notification in a recipient's in-app inbox.</summary>
/// <param name="Id">The outbox message's id, so a redelivery finds the row it already made.</param>
/// <param name="Recipient">Whose inbox it is in.</param>
/// <param name="Kind">What happened, e.g. <c>task.overdue</c>.</param>
/// <param name="Subject">The heading.</param>
/// <param name="Body">Plain text.</param>
/// <param name="CaseId">The case it is about, if any.</param>
/// <param name="TaskId">The task it is about, if any.</param>
/// <param name="CreatedAt">When the event happened.</param>
/// <param name="ReadAt">When the recipient read it; null while unread.</param>
public sealed record InAppNotification(
    Guid Id,
    NotificationRecipient Recipient,
    string Kind,
    string Subject,
    string Body,
    Guid? CaseId,
    Guid? TaskId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt = null);
