namespace WorkflowEngine.Core.Definitions;

/// <summary>A piece of work a stage creates, owned by an agency, with a due time.</summary>
public sealed record TaskDefinition
{
    /// <summary>Stable kebab-case key, unique within the workflow.</summary>
    public required string Key { get; init; }

    /// <summary>Title shown in inboxes, e.g. "Acknowledge and decide referral".</summary>
    public required string Title { get; init; }

    /// <summary>Guidance for the practitioner.</summary>
    public string? Description { get; init; }

    /// <summary>Who owns the task: a fixed agency (and role), a rule set, or one task per agency in a fact.</summary>
    public required OwnerSpec Owner { get; init; }

    /// <summary>When the task falls due.</summary>
    public required DueSpec Due { get; init; }

    /// <summary>The outcomes the task can be completed with (at least one).</summary>
    public required IReadOnlyList<OutcomeDefinition> Outcomes { get; init; }

    /// <summary>The fields the practitioner fills in when completing the task.</summary>
    public IReadOnlyList<FormField> Form { get; init; } = [];

    /// <summary>
    /// A form field whose answer is an agency (e.g. <c>submittingAgency</c>): when the task is completed
    /// that agency is told the outcome, and the sharing is journalled.
    /// </summary>
    public string? TellAgencyIn { get; init; }

    /// <summary>
    /// Whether the person who raised the concern (and no one else through this) is told the outcome
    /// when the task is completed: the front door's decision. Only the outcome is shared.
    /// </summary>
    public bool TellReferrer { get; init; }

    /// <summary>The escalation ladder, lowest level first. Acted on by the timers.</summary>
    public IReadOnlyList<EscalationRung> Escalation { get; init; } = [];
}
