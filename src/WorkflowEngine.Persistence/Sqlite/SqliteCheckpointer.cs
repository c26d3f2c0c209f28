using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file on a thread of its own, every so many
/// commits of the case writer. Left to SQLite, the commit that crosses the log's limit does the
/// copy (writes and two fsyncs) while every other writer waits behind it: in a timer storm that
/// was about half of the commit time. The writer's own automatic checkpoint stays, at a higher
/// limit, as the backstop should this one fall behind.
/// </summary>
internal sealed class SqliteCheckpointer(IOptions<PersistenceOptions> options) : IDisposable
{
    /// <summary>
    /// The case writer's automatic checkpoint, in pages: forty times SQLite's default (160 MiB of
    /// log at 4 KiB pages). Above what a hundred large commits write (a timer storm's commits hold
    /// about 50 saves and 380 pages each), so the copy stays on this class's thread: at 10,000 the
    /// writer made the copy itself every 25 or so commits, and the 100,000-task storm took 36 s
    /// instead of 31 (alternating runs).
    /// </summary>
    public const int WriterAutoCheckpointPages = 40_000;

    private const int CommitsBetweenCheckpoints = 100;

    private int _commits;
    private int _running;
    private Task _last = Task.CompletedTask;

    /// <summary>Counts a commit; every so many, starts a checkpoint unless one is running.</summary>
    public void AfterCommit()
    {
        if (Interlocked.Increment(ref _commits) < CommitsBetweenCheckpoints || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _commits, 0);
        _last = Task.Run(Checkpoint);
    }

    public void Dispose() => _last.Wait();

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(options.Value.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            // PASSIVE copies what no reader still needs and never blocks readers or writers.
            command.CommandText = SqlitePragmas.For(options.Value) + " PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // A busy or failed checkpoint is retried after the next commits; the backstop remains.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
