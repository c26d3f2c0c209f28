namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>Stops the clock on a task: a later due time with a reason.</summary>
/// <param name="NewDueAt">The new due time, later than the current one and than now.</param>
/// <param name="Reason">A key from the <c>extension-reasons</c> list (<c>GET /api/lists/extension-reasons</c>).</param>
/// <param name="Note">What the reason does not say; required for <c>other</c>.</param>
public sealed record ExtendTaskRequest(DateTimeOffset? NewDueAt, [TextLimit(TextLimits.Key)] string? Reason, [TextLimit(TextLimits.Reason)] string? Note);
