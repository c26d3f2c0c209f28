using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Web.Api.Admin;

/// <summary>A notification the outbox gave up delivering.</summary>
/// <param name="Id">The message.</param>
/// <param name="Kind">What happened.</param>
/// <param name="CaseId">The case it is about.</param>
/// <param name="Agency">The recipient agency.</param>
/// <param name="Role">The recipient role.</param>
/// <param name="Person">The recipient person.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="CreatedAt">When the event happened.</param>
/// <param name="Attempts">Delivery attempts.</param>
/// <param name="LastError">Why the last attempt failed.</param>
public sealed record FailedNotificationResponse(
    Guid Id, string Kind, Guid? CaseId, string Agency, string? Role, string? Person, string Subject, DateTimeOffset CreatedAt, int Attempts, string? LastError)
{
    internal static FailedNotificationResponse From(OutboxMessage m) =>
        new(m.Id, m.Kind, m.CaseId, m.Recipient.Agency, m.Recipient.Role, m.Recipient.Person, m.Subject, m.CreatedAt, m.Attempts, m.LastError);
}
