namespace WorkflowEngine.Core.Runtime;

/// <summary>A manager gives a task to another agency, role or person, saying why.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Agency">The new owning agency.</param>
/// <param name="Role">The new owning role, if any.</param>
/// <param name="AssignTo">The person it now sits with, if any.</param>
/// <param name="Reason">Why it is reassigned (required).</param>
/// <param name="Actor">Who reassigns it.</param>
public sealed record ReassignTaskCommand(Guid CaseId, Guid TaskId, string Agency, string? Role, string? AssignTo, string Reason, string Actor)
{
    /// <summary>Who may do this, checked on the case as loaded for the command; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }
}
