namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>Approving a submitted draft, or sending it back: the reviewer's note, kept with who and when in the version's history.</summary>
/// <param name="Note">Why; required to send back, optional to approve.</param>
public sealed record ApprovalDecisionRequest([TextLimit(TextLimits.Reason)] string? Note);
