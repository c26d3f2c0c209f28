using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Load.Workloads;

/// <summary>Correctness checks read straight from the engine's database file, not through the engine.</summary>
internal static class EngineChecks
{
    public static async Task<long> CountAsync(string databasePath, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task ExpectAsync(string databasePath, string what, string sql, long expected, CancellationToken cancellationToken)
    {
        var found = await CountAsync(databasePath, sql, cancellationToken);
        if (found != expected)
        {
            throw new CorrectnessException($"{what}: expected {expected}, found {found}.");
        }
    }

    /// <summary>As above, on whichever database <paramref name="engine"/> runs on (identifiers double-quoted).</summary>
    public static async Task ExpectAsync(Hosting.BenchEngine engine, string what, string sql, long expected, CancellationToken cancellationToken)
    {
        var found = await engine.CountAsync(sql, cancellationToken);
        if (found != expected)
        {
            throw new CorrectnessException($"{what} ({engine.Store}): expected {expected}, found {found}.");
        }
    }

    public static CaseState Succeeded(CommandResult<CaseState> result, string what) =>
        result.Succeeded
            ? result.Value!
            : throw new CorrectnessException($"{what} failed ({result.Status}): {string.Join(" ", result.Errors)}");
}
