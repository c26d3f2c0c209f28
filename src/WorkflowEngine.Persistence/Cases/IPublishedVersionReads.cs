using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The latest published version of a workflow or rule set, read by every command that opens a case;
/// each provider's case store answers it in its fastest form, beside its loads.
/// </summary>
internal interface IPublishedVersionReads
{
    /// <summary>The latest published version of a workflow or rule set; null when none is published.</summary>
    Task<int?> LatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken);
}
