using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Web.Api.Notifications;

/// <summary>A notification in the caller's in-app inbox.</summary>
/// <param name="Id">The notification.</param>
/// <param name="Kind">What happened, e.g. <c>task.overdue</c>.</param>
/// <param name="Subject">The heading.</param>
/// <param name="Body">Plain text.</param>
/// <param name="CaseId">The case it is about.</param>
/// <param name="TaskId">The task it is about.</param>
/// <param name="Agency">The agency it was addressed to.</param>
/// <param name="Role">The team it was addressed to, if any.</param>
/// <param name="Person">The person it was addressed to, if any.</param>
/// <param name="CreatedAt">When it happened.</param>
/// <param name="ReadAt">When the caller read it.</param>
public sealed record NotificationResponse(
    Guid Id, string Kind, string Subject, string Body, Guid? CaseId, Guid? TaskId, string Agency, string? Role, string? Person,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    internal static NotificationResponse From(InAppNotification n) =>
        new(n.Id, n.Kind, n.Subject, n.Body, n.CaseId, n.TaskId, n.Recipient.Agency, n.Recipient.Role, n.Recipient.Person, n.CreatedAt, n.ReadAt);
}
