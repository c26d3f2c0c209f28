namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>The inbox page: the tabs with their counts, the filters chosen and their choices, and a page of lines.</summary>
/// <param name="Filters">The view chosen, as the query string holds it.</param>
/// <param name="Tabs">Each tab's key, words and count of tasks to do (<see cref="CountCap"/> means "at least").</param>
/// <param name="Choices">The tasks and stages to filter by.</param>
/// <param name="Lines">The tasks on this page.</param>
/// <param name="Matching">How many tasks match the filters (<see cref="CountCap"/> means "at least").</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="PageSize">Lines a page holds.</param>
/// <param name="PassedOn">Tasks the viewer's agency passed on that the receiving agency has not accepted yet: the agency still answers for them.</param>
public sealed record InboxPageView(
    InboxFilters Filters, IReadOnlyList<(string Key, string Text, int Count)> Tabs, InboxChoices Choices, IReadOnlyList<InboxLine> Lines,
    int Matching, bool HasMore, int PageSize, IReadOnlyList<InboxLine>? PassedOn = null)
{
    /// <summary>Counts stop here, so a count stays cheap in a very large inbox.</summary>
    public const int CountCap = 1000;

    /// <summary>A count in words: "1,000 or more" at the cap.</summary>
    public static string CountText(int count) => count >= CountCap ? $"{CountCap:N0} or more" : count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
