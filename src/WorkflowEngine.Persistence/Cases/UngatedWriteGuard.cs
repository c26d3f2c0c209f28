using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Throws when a statement that writes reaches SQLite through EF Core outside this flow's turn at
/// the <see cref="SqliteWriteGate"/>, so a new write path that forgets the gate fails its tests
/// rather than queueing in SQLite's busy handler. Not registered by the product: the tests register
/// it as an <see cref="IInterceptor"/>, which every engine context picks up.
/// </summary>
public sealed class UngatedWriteGuard(SqliteWriteGate writes) : DbCommandInterceptor
{
    private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"];

    /// <inheritdoc/>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc/>
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc/>
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Whether the statement changes the database (its first word, after any comment lines EF adds).</summary>
    internal static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--"))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }

        foreach (var verb in Writes)
        {
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Check(DbCommand command)
    {
        if (command is not SqliteCommand || writes.IsHeldHere || !IsWrite(command.CommandText))
        {
            return;
        }

        var firstLine = command.CommandText.TrimStart().Split('\n', 2)[0].Trim();
        throw new InvalidOperationException(
            $"A write reached SQLite outside the write gate ({firstLine}). Enter SqliteWriteGate around every write, so this process's writers queue in one place.");
    }
}
