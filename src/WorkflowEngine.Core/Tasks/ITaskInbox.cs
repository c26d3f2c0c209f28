namespace WorkflowEngine.Core.Tasks;

/// <summary>Reads an agency's tasks for its inbox; read-only, never tracked for change.</summary>
public interface ITaskInbox
{
    /// <summary>A page of the agency's tasks that match the query, overdue first, then by due time.</summary>
    /// <exception cref="ArgumentException">The agency is missing, or the paging is out of range.</exception>
    Task<InboxPage> QueryAsync(InboxQuery query, CancellationToken cancellationToken = default);
}
