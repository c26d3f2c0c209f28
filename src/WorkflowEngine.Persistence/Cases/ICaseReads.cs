using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>The reads every command makes, each provider's in its fastest form.</summary>
internal interface ICaseReads
{
    /// <summary>The case with its tasks, escalations and timers, all as of one moment; null when there is no such case.</summary>
    Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Several cases, each as <see cref="LoadAsync"/> loads it, in the order asked; the default loads them one by one.</summary>
    async Task<IReadOnlyList<CaseState?>> LoadManyAsync(IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken)
    {
        var states = new CaseState?[caseIds.Count];
        for (var i = 0; i < caseIds.Count; i++)
        {
            states[i] = await LoadAsync(caseIds[i], cancellationToken).ConfigureAwait(false);
        }

        return states;
    }

    /// <summary>The latest published version of a workflow or rule set; null when none is published.</summary>
    Task<int?> LatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken);
}
