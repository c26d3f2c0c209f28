namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>The my-tasks page: which tab is open and its lines.</summary>
/// <param name="Show">The open tab: <c>me</c>, <c>team</c> or <c>agency</c>.</param>
/// <param name="Tabs">Each tab's key and words.</param>
/// <param name="Lines">The tasks, overdue first.</param>
/// <param name="HasMore">Whether more tasks than shown match.</param>
public sealed record InboxPageView(string Show, IReadOnlyList<(string Key, string Text)> Tabs, IReadOnlyList<InboxLine> Lines, bool HasMore);
