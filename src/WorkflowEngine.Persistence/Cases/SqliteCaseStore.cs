using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Timers;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Cases on SQLite. A command's load (<c>SqliteCaseStore.Load.cs</c>) reads the case, its tasks,
/// escalations, timers and milestones from one snapshot through prepared statements on pooled read
/// connections; its save (<c>SqliteCaseStore.Save.cs</c>) is queued for the one writer, which
/// group-commits the saves waiting at <see cref="SqliteWriteGate"/> and also claims due timers.
/// Both halves remember and compare rows through <see cref="LoadedRows"/>. The journal and the
/// cases of a child are read through EF Core (<see cref="CaseHistoryQueries"/>).
/// </summary>
internal sealed partial class SqliteCaseStore(IDbContextFactory<EngineDbContext> contexts, IOptions<PersistenceOptions> options, SqliteWriteGate writes,
    SqliteCheckpointer checkpoints, LoadedRows loaded) : ICaseStore, IPublishedVersionReads, ITimerClaims, IDisposable
{
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        CaseHistoryQueries.ReadJournalAsync(contexts, caseId, cancellationToken);

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) =>
        CaseHistoryQueries.ListByChildAsync(contexts, childId, cancellationToken);

    public void Dispose()
    {
        DisposeWriter();
        DisposeReadSessions();
    }
}
