using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>The reads every command makes, each provider's in its fastest form.</summary>
internal interface ICaseReads
{
    /// <summary>The case with its tasks, escalations and timers, all as of one moment; null when there is no such case.</summary>
    Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The latest published version of a workflow or rule set; null when none is published.</summary>
    Task<int?> LatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken);
}
