namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>One agency on a task page's sign-off list.</summary>
/// <param name="Agency">The agency's name.</param>
/// <param name="SignedBy">The user name of who signed off for it; null when not yet (the page shows their name).</param>
/// <param name="SignedAt">When, in words; null when not yet.</param>
public sealed record SignOffRow(string Agency, string? SignedBy, string? SignedAt);
