using System.Globalization;
using System.Text;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// The inbox's view as its query string holds it, so any view can be bookmarked or shared: the
/// tab, the filters, the search, the order and the page. Unknown values fall back to the defaults.
/// </summary>
/// <param name="Show">The tab: <c>me</c>, <c>team</c> or <c>agency</c>.</param>
/// <param name="Task">A task definition's key, or null for any task.</param>
/// <param name="Stage">A stage's key, or null for any stage.</param>
/// <param name="Due"><c>overdue</c>, <c>today</c>, <c>week</c>, or null for any time.</param>
/// <param name="Priority"><c>high</c>, <c>normal</c>, or null for any.</param>
/// <param name="HeldBy"><c>me</c>, <c>unassigned</c>, or null for anyone.</param>
/// <param name="Sort"><c>due</c> or <c>priority</c>.</param>
/// <param name="Search">Words of the child's name, or a case reference.</param>
/// <param name="Page">The page, from 1.</param>
public sealed record InboxFilters(string Show, string? Task, string? Stage, string? Due, string? Priority, string? HeldBy, string Sort, string? Search, int Page)
{
    /// <summary>The longest search taken; a longer one is refused beside the box, never cut short.</summary>
    public const int MaxSearchLength = Shared.SearchLimit.Length;

    /// <summary>The filters from the query string, each checked against its allowed values.</summary>
    public static InboxFilters Read(string show, string? task, string? stage, string? due, string? priority, string? heldBy, string? sort, string? q, int? page) => new(
        show,
        Clean(task),
        Clean(stage),
        due is "overdue" or "today" or "week" ? due : null,
        priority is "high" or "normal" ? priority : null,
        heldBy is "me" or "unassigned" ? heldBy : null,
        sort == "priority" ? "priority" : "due",
        string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        page is > 1 and < 10_000 ? page.Value : 1);

    /// <summary>Whether any filter or search narrows the list.</summary>
    public bool IsFiltered => Task is not null || Stage is not null || Due is not null || Priority is not null || HeldBy is not null || Search is not null;

    /// <summary>The inbox's address for this view; the default values are left out.</summary>
    public string Href()
    {
        var query = new StringBuilder("/tasks?show=").Append(Uri.EscapeDataString(Show));
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("task", Task);
        Add("stage", Stage);
        Add("due", Due);
        Add("priority", Priority);
        Add("heldBy", HeldBy);
        Add("sort", Sort == "due" ? null : Sort);
        Add("q", Search);
        Add("page", Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    private static string? Clean(string? key) =>
        string.IsNullOrWhiteSpace(key) || key.Length > 100 ? null : key.Trim();
}
