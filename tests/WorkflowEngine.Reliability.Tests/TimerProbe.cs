using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>Reads the timers and the journal's timer entries straight from the server's SQLite file.</summary>
internal sealed class TimerProbe(string database)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    /// <summary>Waits (polling the file: the server fires on its own threads) until no pending timer is due at <paramref name="now"/>.</summary>
    public async Task WaitUntilNothingIsDueAsync(DateTimeOffset now)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (PendingDueBy(now) is var due and > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{due} timers were still due after 3 minutes.");
            await Task.Delay(250);
        }
    }

    public IReadOnlyList<string> Incidents() =>
        Rows("SELECT Id FROM Timers WHERE Status = 'Incident'", r => r.GetString(0));

    /// <summary>Every timer firing the journals record: (case, "task.overdue" or "task.escalated {level}", task).</summary>
    public IReadOnlyList<(Guid CaseId, string What, string TaskId)> Firings() =>
        Rows("SELECT CaseId, Kind, DataJson FROM JournalEntries WHERE Kind IN ('task.overdue', 'task.escalated', 'task.reminded')", r =>
        {
            var data = JsonNode.Parse(r.GetString(2))!;
            var what = r.GetString(1) == "task.escalated"
                ? data["byHand"]?.GetValue<bool>() == true ? "task.escalated by hand " + data["escalationId"] : $"task.escalated {data["level"]}"
                : r.GetString(1);
            return (Guid.Parse(r.GetString(0)), what, data["taskId"]!.GetValue<string>());
        });

    /// <summary>
    /// Cases with a completed task in their journal: acknowledged completions and those the server
    /// made but was killed before answering (a client may not hear of a write that happened).
    /// </summary>
    public HashSet<Guid> CasesWithACompletedTask() =>
        Rows("SELECT DISTINCT CaseId FROM JournalEntries WHERE Kind = 'task.completed'", r => Guid.Parse(r.GetString(0))).ToHashSet();

    // Times are stored as UTC ticks.
    private int PendingDueBy(DateTimeOffset now) =>
        Rows($"SELECT COUNT(*) FROM Timers WHERE Status = 'Pending' AND DueAt <= {now.UtcTicks} AND NextAttemptAt <= {now.UtcTicks}", r => r.GetInt32(0)).Single();

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
