using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Writes case saves: every case, task and timer change checked against its expected version, and
/// the journal, outbox and measure rows written with it, all or nothing.
/// </summary>
internal interface ICaseWriter
{
    Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken);
}
