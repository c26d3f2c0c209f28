using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// The disk's limit: transactions a second on a bare SQLite file in WAL mode, one writer, each
/// transaction two small statements (an insert and an update), with synchronous FULL and NORMAL.
/// The file sits in the same folder as the engine's databases, so on the same file system.
/// </summary>
public sealed class RawSqliteWorkload : IWorkload
{
    public const string WorkloadName = "raw-sqlite";

    public string Name => WorkloadName;

    /// <summary>Labels the rows of the second measurement, taken after every other workload.</summary>
    public string Label { get; init; } = "raw SQLite: 2-statement transactions";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        // Enough transactions to average out fsync jitter, few enough for short mode.
        var count = context.Options.Full ? 20_000 : 2_000;
        return
        [
            await MeasureAsync(Label, context.DataDirectory, "FULL", count, cancellationToken),
            await MeasureAsync(Label, context.DataDirectory, "NORMAL", count * 5, cancellationToken),
        ];
    }

    private static async Task<Measurement> MeasureAsync(string label, string folder, string sync, int count, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, $"raw-{sync.ToLowerInvariant()}-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {sync};" +
                "CREATE TABLE Items (Id INTEGER PRIMARY KEY, CaseId TEXT NOT NULL, Kind TEXT NOT NULL, At INTEGER NOT NULL);" +
                "CREATE TABLE Counters (Id INTEGER PRIMARY KEY, Value INTEGER NOT NULL); INSERT INTO Counters VALUES (1, 0);", cancellationToken);

            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Items (CaseId, Kind, At) VALUES ($case, 'task.completed', $at)";
            var caseId = insert.Parameters.Add("$case", SqliteType.Text);
            var at = insert.Parameters.Add("$at", SqliteType.Integer);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE Counters SET Value = Value + 1 WHERE Id = 1";

            var (seconds, allocated) = await Measurement.TimeAsync(async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    insert.Transaction = transaction;
                    update.Transaction = transaction;
                    caseId.Value = Guid.NewGuid().ToString();
                    at.Value = i;
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            });

            await using var check = connection.CreateCommand();
            check.CommandText = "SELECT (SELECT COUNT(*) FROM Items) * 1000000000 + (SELECT Value FROM Counters WHERE Id = 1)";
            var stored = (long)(await check.ExecuteScalarAsync(cancellationToken))!;
            if (stored != count * 1_000_000_000L + count)
            {
                throw new CorrectnessException($"raw SQLite {sync}: expected {count} rows and counter {count}, found {stored}.");
            }

            return new Measurement(label, sync, count, seconds, count / seconds, "tx/s", null,
                (double)allocated / count, sync == "FULL" ? "fsync of the WAL on every commit" : "no fsync per commit (WAL synced at checkpoints); CPU and the SQLite library");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
