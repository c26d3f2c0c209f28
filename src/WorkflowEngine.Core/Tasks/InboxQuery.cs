namespace WorkflowEngine.Core.Tasks;

/// <summary>
/// Which of an agency's tasks an inbox shows. Items come overdue first, then by due time; as every
/// overdue task falls due before every task that is not, that is the order of due time (then id).
/// </summary>
/// <param name="Agency">The owning agency's key.</param>
/// <param name="Role">Only tasks owned by this role, when given.</param>
/// <param name="AssignedTo">Only tasks assigned to this person, when given.</param>
/// <param name="Statuses">The statuses shown; when null or empty, the active ones (open, claimed, escalated).</param>
/// <param name="OverdueOnly">Only tasks whose due time has passed.</param>
/// <param name="Skip">How many items of the ordered list to pass over (paging).</param>
/// <param name="Take">How many items a page holds, 1 to <see cref="MaxTake"/>.</param>
/// <param name="TaskKeys">Only tasks with one of these definition keys, when given (a stage filter names its stage's tasks).</param>
/// <param name="StageKey">Only tasks created by this stage, when given.</param>
/// <param name="UnassignedOnly">Only tasks nobody holds.</param>
/// <param name="Priority">Only tasks of this priority, when given.</param>
/// <param name="DueFrom">Only tasks due at or after this time, when given.</param>
/// <param name="DueBefore">Only tasks due before this time, when given.</param>
/// <param name="Search">Only tasks of cases whose child's name contains these words, or whose reference (<c>CASE-1A2B3C4D</c>, or its last 8 characters) this is.</param>
/// <param name="Order">Due time first, or high priority first.</param>
public sealed record InboxQuery(
    string Agency,
    string? Role = null,
    string? AssignedTo = null,
    IReadOnlyCollection<CaseTaskStatus>? Statuses = null,
    bool OverdueOnly = false,
    int Skip = 0,
    int Take = InboxQuery.DefaultTake,
    IReadOnlyCollection<string>? TaskKeys = null,
    string? StageKey = null,
    bool UnassignedOnly = false,
    TaskPriority? Priority = null,
    DateTimeOffset? DueFrom = null,
    DateTimeOffset? DueBefore = null,
    string? Search = null,
    InboxOrder Order = InboxOrder.Due)
{
    /// <summary>The most cases a search matches; a search that matches more shows the first of them only.</summary>
    public const int MaxSearchCases = 200;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultTake = 50;

    /// <summary>The largest page an inbox returns.</summary>
    public const int MaxTake = 200;

    /// <summary>The statuses of work still to be done.</summary>
    public static IReadOnlyList<CaseTaskStatus> ActiveStatuses { get; } = [CaseTaskStatus.Open, CaseTaskStatus.Claimed, CaseTaskStatus.Escalated];

    /// <summary>The statuses asked for, distinct, or the active ones.</summary>
    public IReadOnlyList<CaseTaskStatus> EffectiveStatuses =>
        Statuses is { Count: > 0 } ? [.. Statuses.Distinct()] : ActiveStatuses;
}
