namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>A page of an inbox, overdue first, then by due time.</summary>
/// <param name="Items">The tasks.</param>
/// <param name="HasMore">Whether another page follows.</param>
public sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items, bool HasMore);
