namespace WorkflowEngine.Core.Runtime;

/// <summary>A manager stops the clock on a task: a later due time, with a reason from the partnership's list.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="NewDueAt">The new due time; later than the current one and than now.</param>
/// <param name="Reason">A key from the <c>extension-reasons</c> list, e.g. <c>awaiting-another-agency</c>.</param>
/// <param name="Note">What the reason does not say; required when the reason is <c>other</c>.</param>
/// <param name="Actor">Who extends it.</param>
public sealed record ExtendDueCommand(Guid CaseId, Guid TaskId, DateTimeOffset NewDueAt, string Reason, string? Note, string Actor)
{
    /// <summary>Who may do this, checked on the case as loaded for the command; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }
}
