namespace WorkflowEngine.Core.Tasks;

/// <summary>Reads an agency's tasks for its inbox; read-only, never tracked for change.</summary>
public interface ITaskInbox
{
    /// <summary>A page of the agency's tasks that match the query, overdue first, then by due time.</summary>
    /// <exception cref="ArgumentException">The agency is missing, or the paging is out of range.</exception>
    Task<InboxPage> QueryAsync(InboxQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many of the agency's tasks match the query (its paging and order ignored), counting no
    /// further than <paramref name="cap"/> so a tab's count stays cheap in a large inbox.
    /// </summary>
    /// <exception cref="ArgumentException">The agency is missing, or the cap is below 1.</exception>
    Task<int> CountAsync(InboxQuery query, int cap, CancellationToken cancellationToken = default);
}
