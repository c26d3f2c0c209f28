using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The SQLite store's saves: written on one long-lived SQLite connection with prepared statements, and commits the
/// saves that queued while the previous commit ran together (group commit): with synchronous FULL
/// one fsync then makes several commands durable, instead of one each. The saves are written one
/// after another into the shared transaction; should one conflict or fail, the transaction is
/// rolled back and the batch written again with each save in a savepoint of its own, so a conflict
/// or a failure undoes that save alone and is reported to its caller alone. (A savepoint copies
/// every page its save touches into the statement journal: about an eighth of the writer's time in
/// the timer storm, paid now only by a batch that holds a failure.) A caller learns its outcome
/// only after the commit.
/// </summary>
internal sealed partial class SqliteCaseStore
{
    // Enough to amortise one fsync widely; small enough that one commit stays short.
    private const int MostSavesACommit = 64;

    private readonly ConcurrentQueue<PendingSave> _queue = new();
    private SqliteConnection? _connection;
    private PreparedRows? _rows;
    private TimerClaimStatement? _claims;
    private long _commits;

    /// <summary>Transactions committed so far (each holds one or more saves).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return SaveOutcome.Saved;
        }

        // Mapped here, in parallel with other callers, so the one writer only binds and steps.
        var save = new PendingSave([.. changes.Select(change => CaseChangeRows.Of(change, loaded, Model))]);
        _queue.Enqueue(save);
        try
        {
            using (await writes.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                // The writer before may already have committed this save with its own.
                while (!save.IsFinished)
                {
                    CommitQueued();
                }
            }
        }
        catch (OperationCanceledException) when (save.TryWithdraw())
        {
            throw;
        }

        return await save.Outcome.ConfigureAwait(false);
    }

    public bool SavesEachTogether => true;

    /// <summary>
    /// Several saves queued at once and written in this caller's turn (one's conflict or failure
    /// leaves the others, as with <see cref="SaveAsync"/>): one queue entry and one wait for the turn for
    /// the lot, and the commits they share hold more saves.
    /// </summary>
    public async Task<IReadOnlyList<SaveOutcome?>> SaveEachAsync(IReadOnlyList<IReadOnlyList<CaseChangeSet>> saves, CancellationToken cancellationToken)
    {
        var pending = new PendingSave[saves.Count];
        for (var i = 0; i < saves.Count; i++)
        {
            pending[i] = new PendingSave([.. saves[i].Select(change => CaseChangeRows.Of(change, loaded, Model))]);
            _queue.Enqueue(pending[i]);
        }

        try
        {
            using (await writes.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                while (Array.Exists(pending, save => !save.IsFinished))
                {
                    CommitQueued();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Withdraw what no writer took yet; a save already taken is committed or not by its writer.
            foreach (var save in pending)
            {
                save.TryWithdraw();
            }

            throw;
        }

        var outcomes = new SaveOutcome?[pending.Length];
        for (var i = 0; i < pending.Length; i++)
        {
            outcomes[i] = pending[i].Outcome.IsCompletedSuccessfully ? pending[i].Outcome.Result : null;
        }

        return outcomes;
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> due timers to <paramref name="owner"/> in one statement,
    /// in the writers' queue, and returns them with their new versions, earliest first.
    /// </summary>
    public async Task<IReadOnlyList<Core.Timers.DueTimer>> ClaimDueTimersAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        using (await writes.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            using var activity = SqliteTracing.ClaimTimers(max);
            try
            {
                Rows();
                using var transaction = _connection!.BeginTransaction();
                var claiming = SqliteWriterProfile.Start();
                var claimed = _claims!.Claim(transaction, now, owner, leaseUntil, max);
                transaction.Commit();
                SqliteWriterProfile.Add("claim timers (incl. commit)", claiming, claimed.Count);
                activity?.SetTag("workflow.timers.claimed", claimed.Count);
                return claimed;
            }
            catch (SqliteException ex)
            {
                SqliteTracing.Failed(activity, ex);
                Reset();
                throw;
            }
        }
    }

    private void DisposeWriter()
    {
        _claims?.Dispose();
        _rows?.Dispose();
        _connection?.Dispose();
    }

    // Called with the write turn held.
    private void CommitQueued()
    {
        var batch = new List<PendingSave>();
        while (batch.Count < MostSavesACommit && _queue.TryDequeue(out var queued))
        {
            if (queued.TryTake())
            {
                batch.Add(queued);
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        var batchStarted = SqliteWriterProfile.Start();
        var outcomes = new SaveOutcome?[batch.Count];
        var failures = new Exception?[batch.Count];
        using var activity = SqliteTracing.Commit(batch.Count);
        SqliteTransaction? transaction = null;
        try
        {
            var rows = Rows();
            transaction = _connection!.BeginTransaction();
            rows.Transaction = transaction;
            if (WroteEach(rows, batch))
            {
                Array.Fill(outcomes, SaveOutcome.Saved);
            }
            else
            {
                // A save conflicted or failed: the batch again from the start, each save in a
                // savepoint of its own, so that save alone is undone and reported to its caller.
                transaction.Rollback();
                transaction.Dispose();
                transaction = _connection.BeginTransaction();
                rows.Transaction = transaction;
                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        outcomes[i] = WriteInSavepoint(rows, batch[i].Changes);
                    }
                    catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
                    {
                        failures[i] = ex;
                    }
                }
            }

            var committing = SqliteWriterProfile.Start();
            transaction.Commit();
            SqliteWriterProfile.Add("commit (group)", committing);
            SqliteWriterProfile.Add("saves in the commits", batchStarted, batch.Count);
            Interlocked.Increment(ref _commits);
            checkpoints.AfterCommit();
        }
        catch (Exception ex)
        {
            // Nothing of the batch was committed: every save in it fails with the cause.
            SqliteTracing.Failed(activity, ex);
            Reset();
            foreach (var save in batch)
            {
                save.Fail(ex);
            }

            return;
        }
        finally
        {
            transaction?.Dispose();
            _rows?.Transaction = null;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Fail(failure);
            }
            else
            {
                batch[i].Finish(outcomes[i]!.Value);
            }
        }
    }

    // Every save of the batch written straight into the transaction; false at the first that
    // conflicts or fails (the caller then rolls the transaction back).
    private static bool WroteEach(PreparedRows rows, List<PendingSave> batch)
    {
        try
        {
            foreach (var save in batch)
            {
                foreach (var change in save.Changes)
                {
                    if (!change.Write(rows))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            return false;
        }
    }

    private static SaveOutcome WriteInSavepoint(PreparedRows rows, IReadOnlyList<CaseChangeRows> changes)
    {
        rows.Run("SAVEPOINT case_save");
        try
        {
            foreach (var change in changes)
            {
                if (!change.Write(rows))
                {
                    Undo(rows);
                    return SaveOutcome.Conflict;
                }
            }
        }
        catch (SqliteException ex) when (UniqueViolation.IsCauseOf(ex))
        {
            // Someone else inserted the same case, timer or journal entry number first.
            Undo(rows);
            return SaveOutcome.Conflict;
        }
        catch
        {
            Undo(rows);
            throw;
        }

        rows.Run("RELEASE case_save");
        return SaveOutcome.Saved;
    }

    private static void Undo(PreparedRows rows)
    {
        rows.Run("ROLLBACK TO case_save");
        rows.Run("RELEASE case_save");
    }

    private PreparedRows Rows()
    {
        if (_rows is not null)
        {
            return _rows;
        }

        var model = Model;
        // The one writer touches every hot index: a page cache of 64 MiB (SQLite's default is
        // 2 MiB) keeps them in memory on a county's year of cases.
        var connection = SqlitePragmas.Open(options.Value, $" PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterAutoCheckpointPages}; PRAGMA cache_size = -65536;");

        _connection = connection;
        _rows = new PreparedRows(connection, model);
        _claims = new TimerClaimStatement(connection, model);
        return _rows;
    }

    // EF's model of the tables (built once per context type): the shapes of the rows written.
    private Microsoft.EntityFrameworkCore.Metadata.IModel Model => _model.Value;

    // After a failed commit the connection may be in any state: start again on the next save.
    private void Reset()
    {
        _claims?.Dispose();
        _claims = null;
        _rows?.Dispose();
        _rows = null;
        _connection?.Dispose();
        _connection = null;
    }
}
