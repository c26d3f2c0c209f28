using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// Cases on PostgreSQL. A command's load (<c>PostgreSqlCaseStore.Load.cs</c>) is one batch in a
/// read-only repeatable-read transaction; its save (<c>PostgreSqlCaseStore.Save.cs</c>) is one
/// <see cref="NpgsqlBatch"/>, one round trip. Both halves remember and compare rows through
/// <see cref="LoadedRows"/>. The journal and the cases of a child are read through EF Core
/// (<see cref="CaseHistoryQueries"/>). Timers are claimed by <see cref="PostgreSqlTimerClaims"/>.
/// </summary>
internal sealed partial class PostgreSqlCaseStore(NpgsqlDataSource dataSource, IDbContextFactory<EngineDbContext> contexts, LoadedRows loaded)
    : ICaseStore, IPublishedVersionReads
{
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        CaseHistoryQueries.ReadJournalAsync(contexts, caseId, cancellationToken);

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) =>
        CaseHistoryQueries.ListByChildAsync(contexts, childId, cancellationToken);
}
