using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// Reads the app's SQLite file directly, beside the app, to see that a refused request stored
/// nothing: the case count, a task's version, a case's journal length.
/// </summary>
internal sealed class StoreProbe(string databasePath)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public long CaseCount() => Scalar("SELECT COUNT(*) FROM Cases", null);

    public long DocumentCount() => Scalar("SELECT COUNT(*) FROM Documents", null);

    public long TaskVersion(Guid taskId) => Scalar("SELECT Version FROM Tasks WHERE Id = $id", taskId);

    public long JournalLength(Guid caseId) => Scalar("SELECT COUNT(*) FROM JournalEntries WHERE CaseId = $id", caseId);

    /// <summary>
    /// The task's version and how many changes its case's journal holds, which any stored change
    /// moves. Views are left out: showing the page again after a refusal discloses the case again,
    /// and the disclosure log rightly records that.
    /// </summary>
    public (long TaskVersion, long Journal) Snapshot(Guid caseId, Guid taskId) =>
        (TaskVersion(taskId), Scalar("SELECT COUNT(*) FROM JournalEntries WHERE CaseId = $id AND Kind <> 'case.viewed'", caseId));

    private long Scalar(string sql, Guid? id)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is { } value)
        {
            // EF Core stores GUIDs as upper-case text.
            command.Parameters.AddWithValue("$id", value.ToString().ToUpperInvariant());
        }

        return command.ExecuteScalar() is long n ? n : throw new InvalidOperationException($"No row for {sql} ({id}).");
    }
}
