using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Claims the earliest due, unleased timers in one statement: the update picks them through the
/// dispatcher's (Status, NextAttemptAt) index and returns the rows it took. Through EF Core the claim
/// was three statements, and SQLite planned the update's <c>Id IN (...)</c> over that index rather
/// than the key, reading every pending timer: a quarter of the writer's time in a timer storm.
/// </summary>
internal sealed class TimerClaimStatement : IDisposable
{
    private readonly TableShape _timers;
    private readonly SqliteCommand _command;
    private readonly TableColumn _nextAttemptAt;
    private readonly TableColumn _status;

    public TimerClaimStatement(SqliteConnection connection, IModel model)
    {
        _timers = TableShape.Of(model, typeof(DueTimer));
        _nextAttemptAt = Column(nameof(DueTimer.NextAttemptAt));
        _status = Column(nameof(DueTimer.Status));
        var returning = string.Join(", ", _timers.Columns.Select(c => $"\"{c.Name}\""));
        _command = connection.CreateCommand();
        _command.CommandText = $"""
            UPDATE "Timers" SET "LeaseOwner" = @owner, "LeaseUntil" = @leaseUntil, "Version" = "Version" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "Timers" INDEXED BY "IX_Timers_Status_NextAttemptAt"
                WHERE "Status" = @pending AND "NextAttemptAt" <= @now AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= @now)
                ORDER BY "NextAttemptAt" LIMIT @max)
            RETURNING {returning}
            """;
        _command.Parameters.Add(new SqliteParameter("@owner", SqliteType.Text));
        _command.Parameters.Add(_nextAttemptAt.Mapping.CreateParameter(_command, "@leaseUntil", value: null, nullable: false));
        _command.Parameters.Add(_status.Mapping.CreateParameter(_command, "@pending", value: null, nullable: false));
        _command.Parameters.Add(_nextAttemptAt.Mapping.CreateParameter(_command, "@now", value: null, nullable: false));
        _command.Parameters.Add(new SqliteParameter("@max", SqliteType.Integer));
        _command.Prepare();
    }

    public IReadOnlyList<DueTimer> Claim(SqliteTransaction transaction, DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max)
    {
        _command.Transaction = transaction;
        _command.Parameters[0].Value = owner;
        _command.Parameters[1].Value = Stored(_nextAttemptAt, leaseUntil);
        _command.Parameters[2].Value = Stored(_status, TimerStatus.Pending);
        _command.Parameters[3].Value = Stored(_nextAttemptAt, now);
        _command.Parameters[4].Value = max;
        var claimed = new List<DueTimer>();
        using (var reader = _command.ExecuteReader())
        {
            while (reader.Read())
            {
                claimed.Add((DueTimer)_timers.Read(reader));
            }
        }

        // RETURNING gives no order: fire the earliest first, as the dispatcher expects.
        return [.. claimed.OrderBy(t => t.NextAttemptAt).ThenBy(t => t.DueAt).ThenBy(t => t.Key, StringComparer.Ordinal)];
    }

    public void Dispose() => _command.Dispose();

    private static object Stored(TableColumn column, object value) => column.Mapping.Converter?.ConvertToProvider(value) ?? value;

    private TableColumn Column(string name) => _timers.Columns.Single(c => c.Name == name);
}
