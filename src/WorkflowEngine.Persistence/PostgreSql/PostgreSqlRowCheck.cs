using Npgsql;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// The database function a checked write calls with the rows it touched (created by the
/// PostgreSQL migrations): anything but one raises <see cref="SqlState"/>, which rolls the whole
/// save back, and the store reports a conflict.
/// </summary>
internal static class PostgreSqlRowCheck
{
    public const string FunctionName = "engine_expect_one_row";

    /// <summary>A SQLSTATE of the engine's own (class "WF"), so no other error is mistaken for it.</summary>
    public const string SqlState = "WF409";

    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>
    /// True when the save lost a race: a row moved on since it was read, someone inserted the same
    /// key first, or PostgreSQL chose this save as a deadlock's victim. The engine reloads and retries.
    /// </summary>
    public static bool IsConflict(PostgresException exception) =>
        exception.SqlState is SqlState or UniqueViolation or SerializationFailure or DeadlockDetected;

    /// <summary>Wraps a write so that it fails the batch unless it touched exactly one row.</summary>
    public static string Checked(string write) =>
        $"WITH written AS ({write} RETURNING 1) SELECT \"{FunctionName}\"(count(*)) FROM written";
}
