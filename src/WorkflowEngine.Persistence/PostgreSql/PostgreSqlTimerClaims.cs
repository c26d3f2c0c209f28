using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Timers;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// Claims the earliest due, unleased timers in one statement. <c>FOR UPDATE SKIP LOCKED</c> lets
/// dispatchers in any number of processes claim at once: each passes over the rows another is
/// claiming instead of waiting for them, and the lease it writes keeps them its own until it fires
/// them or the lease runs out (then anyone may claim them again).
/// </summary>
internal sealed class PostgreSqlTimerClaims(NpgsqlDataSource dataSource, IDbContextFactory<EngineDbContext> contexts) : ITimerClaims
{
    private readonly Lazy<(TableShape Shape, string Sql)> _statement = new(() =>
    {
        using var db = contexts.CreateDbContext();
        var shape = TableShape.Of(db.Model, typeof(DueTimer));
        var returning = string.Join(", ", shape.Columns.Select(c => $"t.\"{c.Name}\""));
        var sql = $"""
            UPDATE "Timers" AS t SET "LeaseOwner" = $1, "LeaseUntil" = $2, "Version" = t."Version" + 1
            FROM (
                SELECT "Id" FROM "Timers"
                WHERE "Status" = $3 AND "NextAttemptAt" <= $4 AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= $4)
                ORDER BY "NextAttemptAt" LIMIT $5
                FOR UPDATE SKIP LOCKED) AS due
            WHERE t."Id" = due."Id"
            RETURNING {returning}
            """;
        return (shape, sql);
    });

    public async Task<IReadOnlyList<DueTimer>> ClaimDueTimersAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        var (shape, sql) = _statement.Value;
        await using var command = dataSource.CreateCommand(sql);
        // Times are stored as UTC ticks and statuses by name, as the Timers table's configuration says.
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = leaseUntil.UtcTicks });
        command.Parameters.Add(new NpgsqlParameter { Value = TimerStatus.Pending.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = now.UtcTicks });
        command.Parameters.Add(new NpgsqlParameter { Value = max });
        var claimed = new List<DueTimer>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((DueTimer)shape.Read(reader));
            }
        }

        // RETURNING gives no order: fire the earliest first, as the dispatcher expects.
        return [.. claimed.OrderBy(t => t.NextAttemptAt).ThenBy(t => t.DueAt).ThenBy(t => t.Key, StringComparer.Ordinal)];
    }
}
