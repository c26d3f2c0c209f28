namespace WorkflowEngine.Core.Notifications;

/// <summary>
/// Who a notification is for: a role in an agency (its team mailbox and everyone holding the role),
/// or one named person when <see cref="Person"/> is set.
/// </summary>
/// <param name="Agency">The agency's key.</param>
/// <param name="Role">The role within the agency, e.g. <c>team-manager</c>; null means the agency as a whole.</param>
/// <param name="Person">A person's user name, when the notification is for them alone.</param>
public sealed record NotificationRecipient(string Agency, string? Role, string? Person = null);
