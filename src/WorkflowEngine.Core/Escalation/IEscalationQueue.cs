namespace WorkflowEngine.Core.Escalation;

/// <summary>The managers' queue of live escalations. Implemented by the persistence layer.</summary>
public interface IEscalationQueue
{
    /// <summary>Live escalations matching the query, highest level first, then oldest first.</summary>
    Task<IReadOnlyList<EscalationQueueItem>> ListAsync(EscalationQueueQuery query, CancellationToken cancellationToken = default);
}
