namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>One agency on a task page's sign-off list.</summary>
/// <param name="Agency">The agency's name.</param>
/// <param name="Signed">Who signed off for it and when, in words; null when not yet.</param>
public sealed record SignOffRow(string Agency, string? Signed);
