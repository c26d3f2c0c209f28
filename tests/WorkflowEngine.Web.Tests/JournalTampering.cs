using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Web.Tests;

/// <summary>Edits the journal in a database file directly, for tests that must see tampering found.</summary>
internal static class JournalTampering
{
    /// <summary>
    /// Edits one journal entry's data behind the engine's back, as someone holding the database file
    /// could: the append-only triggers are dropped for the edit and put back after it.
    /// </summary>
    public static void Edit(string database, Guid caseId, long sequence)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        var triggers = new List<(string Name, string Sql)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'JournalEntries'";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                triggers.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Run(connection, string.Concat(triggers.Select(t => $"DROP TRIGGER \"{t.Name}\";")));
        using (var edit = connection.CreateCommand())
        {
            edit.CommandText = "UPDATE JournalEntries SET DataJson = json_set(DataJson, '$.editedLater', 'yes') WHERE CaseId = $case AND Sequence = $sequence";
            edit.Parameters.AddWithValue("$case", caseId.ToString().ToUpperInvariant());
            edit.Parameters.AddWithValue("$sequence", sequence);
            Assert.Equal(1, edit.ExecuteNonQuery());
        }

        Run(connection, string.Concat(triggers.Select(t => t.Sql + ";")));
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        if (sql.Length == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
