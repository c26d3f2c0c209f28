namespace WorkflowEngine.Core.Tasks;

/// <summary>A page of an inbox.</summary>
/// <param name="Items">The tasks, overdue first, then by due time.</param>
/// <param name="HasMore">Whether another page follows (no total is counted: an agency may hold a million tasks).</param>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, bool HasMore);
