namespace WorkflowEngine.Core.Definitions;

/// <summary>Who an escalation rung goes to: a role in the owning agency unless another agency is named.</summary>
public sealed record EscalationTarget
{
    /// <summary>Role, e.g. <c>team-manager</c>, <c>agency-manager</c>, <c>safeguarding-lead</c>, <c>partnership-chair</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Agency key; omitted means the task's owning agency.</summary>
    public string? Agency { get; init; }
}
