using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Persistence.Journal;

/// <summary>
/// Checks every case's journal against its hash chain and the case's own record of its last entry
/// (<see cref="JournalVerifier"/>), one case at a time, so any number of cases fits in memory.
/// Safe beside a running engine: each case and its journal are read from one snapshot, so an
/// append in between is never mistaken for tampering.
/// </summary>
public sealed class JournalAudit
{
    private const int PageSize = 500;
    private readonly IDbContextFactory<EngineDbContext> _contexts;

    internal JournalAudit(IDbContextFactory<EngineDbContext> contexts) => _contexts = contexts;

    /// <summary>Checks every case, oldest first, and gathers what was found.</summary>
    public async Task<JournalAuditReport> RunAsync(CancellationToken cancellationToken = default)
    {
        long cases = 0, entries = 0;
        var broken = new List<BrokenJournal>();
        await foreach (var (checkedEntries, problem) in CheckEachAsync(cancellationToken))
        {
            cases++;
            entries += checkedEntries;
            if (problem is not null)
            {
                broken.Add(problem);
            }
        }

        return new JournalAuditReport(cases, entries, broken);
    }

    /// <summary>Each case in turn: how many entries it has, and its first broken entry if any.</summary>
    public async IAsyncEnumerable<(int Entries, BrokenJournal? Broken)> CheckEachAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Pages of case ids in opening order (keyed on the row id, which never moves), so new cases
        // opened during the check are met at the end rather than skipped or seen twice.
        long after = 0;
        while (true)
        {
            var page = await NextPageAsync(after, cancellationToken);
            foreach (var (rowId, caseId) in page)
            {
                after = rowId;
                yield return await CheckAsync(caseId, cancellationToken);
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }

    private async Task<List<(long RowId, Guid CaseId)>> NextPageAsync(long after, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return await NextPageByOpeningAsync(db, after, cancellationToken);
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, Id FROM Cases WHERE rowid > $after ORDER BY rowid LIMIT $take";
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$take", PageSize);
        var page = new List<(long, Guid)>(PageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add((reader.GetInt64(0), reader.GetGuid(1)));
        }

        return page;
    }

    // PostgreSQL has no row ids: cases are paged in opening order (time, then id), the position
    // held as the count of cases already passed. A case opened during the check is met at the end.
    private static async Task<List<(long RowId, Guid CaseId)>> NextPageByOpeningAsync(EngineDbContext db, long after, CancellationToken cancellationToken)
    {
        var ids = await db.Cases.AsNoTracking()
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Skip((int)after).Take(PageSize)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. ids.Select((id, i) => (after + i + 1, id))];
    }

    private async Task<(int Entries, BrokenJournal? Broken)> CheckAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await SnapshotAsync(db, cancellationToken);
        var head = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.JournalSequence, c.JournalHead })
            .SingleAsync(cancellationToken);
        var records = await db.Journal.AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        await snapshot.CommitAsync(cancellationToken);

        var journal = records.Select(JournalMapper.ToModel).ToList();
        var verification = JournalVerifier.Verify(journal, head.JournalSequence, head.JournalHead);
        if (verification.IsIntact)
        {
            return (journal.Count, null);
        }

        var bad = verification.FirstBadSequence!.Value;
        var entry = journal.Find(e => e.Sequence == bad);
        return (journal.Count, new BrokenJournal(caseId, bad, verification.Problem!, entry?.Kind, entry?.OccurredAt));
    }

    // A transaction in which the case and its journal are read from one snapshot.
    private static async Task<DbTransaction> SnapshotAsync(EngineDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            return transaction.GetDbTransaction();
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        // A deferred transaction takes no write lock; its first read fixes the snapshot both reads see.
        var snapshot = connection.BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        return snapshot;
    }
}
