namespace WorkflowEngine.Persistence.Notifications;

/// <summary>A row of the Notifications table: one entry of a recipient's in-app inbox.</summary>
internal sealed class InAppNotificationRecord
{
    public Guid Id { get; set; }

    public string RecipientAgency { get; set; } = string.Empty;

    public string? RecipientRole { get; set; }

    public string? RecipientPerson { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public Guid? CaseId { get; set; }

    public Guid? TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
