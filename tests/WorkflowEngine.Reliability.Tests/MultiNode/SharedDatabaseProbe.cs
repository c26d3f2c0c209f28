using System.Text.Json.Nodes;
using Npgsql;

namespace WorkflowEngine.Reliability.Tests.MultiNode;

/// <summary>
/// Reads the timers, leases, escalations and the journal's timer entries straight from the
/// PostgreSQL database the nodes share, never through a node.
/// </summary>
internal sealed class SharedDatabaseProbe(string connectionString)
{
    /// <summary>Timers a node holds a lease on now: its name starts every lease owner it writes.</summary>
    public IReadOnlyList<LeasedTimer> LeasedBy(string node) =>
        Rows("""SELECT "Id", "CaseId", "Kind", "TaskId", "Level", "LeaseOwner" FROM "Timers" WHERE "Status" = 'Pending' AND "LeaseOwner" LIKE @prefix""",
            r => new LeasedTimer(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetGuid(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5)),
            ("prefix", node + "/%"));

    /// <summary>
    /// Of <paramref name="ids"/>, the timers still in the table (a timer's row goes when it fires;
    /// a task's clock is re-armed in place until the task has no deadline left).
    /// </summary>
    public IReadOnlyList<Guid> StillPending(IEnumerable<Guid> ids) =>
        Rows("""SELECT "Id" FROM "Timers" WHERE "Id" = ANY(@ids)""", r => r.GetGuid(0), ("ids", ids.ToArray()));

    /// <summary>Waits (polling: the nodes fire on their own threads) until no pending timer is due at <paramref name="now"/>.</summary>
    public async Task WaitUntilNothingIsDueAsync(DateTimeOffset now)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (PendingDueBy(now) is var due and > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{due} timers were still due after 2 minutes.");
            await Task.Delay(250);
        }
    }

    public IReadOnlyList<Guid> Incidents() =>
        Rows("""SELECT "Id" FROM "Timers" WHERE "Status" = 'Incident'""", r => r.GetGuid(0));

    /// <summary>Every timer firing the journals record: (case, "task.overdue", "task.reminded" or "task.escalated {level}", task).</summary>
    public IReadOnlyList<Firing> Firings() =>
        Rows("""SELECT "CaseId", "Kind", "DataJson"::text FROM "JournalEntries" WHERE "Kind" IN ('task.overdue', 'task.escalated', 'task.reminded')""", r =>
        {
            var data = JsonNode.Parse(r.GetString(2))!;
            var what = r.GetString(1) == "task.escalated"
                ? data["byHand"]?.GetValue<bool>() == true ? "task.escalated by hand " + data["escalationId"] : $"task.escalated {data["level"]}"
                : r.GetString(1);
            return new Firing(r.GetGuid(0), what, Guid.Parse(data["taskId"]!.GetValue<string>()));
        });

    /// <summary>Escalation rows raised by the clock, per task and rung: each should be there once.</summary>
    public IReadOnlyList<(Guid TaskId, int Level, long Rows)> ClockEscalations() =>
        Rows("""SELECT "TaskId", "Level", COUNT(*) FROM "Escalations" WHERE NOT "ByHand" GROUP BY "TaskId", "Level" """,
            r => (r.GetGuid(0), r.GetInt32(1), r.GetInt64(2)));

    /// <summary>Cases with a completed task in their journal, acknowledged or not (a node may die before it answers).</summary>
    public HashSet<Guid> CasesWithACompletedTask() =>
        [.. Rows("""SELECT DISTINCT "CaseId" FROM "JournalEntries" WHERE "Kind" = 'task.completed'""", r => r.GetGuid(0))];

    // Times are stored as UTC ticks; a lease the dead node took lapses by the survivors' clocks.
    private long PendingDueBy(DateTimeOffset now) =>
        Rows("""SELECT COUNT(*) FROM "Timers" WHERE "Status" = 'Pending' AND "NextAttemptAt" <= @now AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= @now)""",
            r => r.GetInt64(0), ("now", now.UtcTicks)).Single();

    private List<T> Rows<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

/// <summary>A pending timer with a lease on it.</summary>
internal sealed record LeasedTimer(Guid Id, Guid CaseId, string Kind, Guid? TaskId, int? Level, string LeaseOwner)
{
    /// <summary>
    /// The journal firing this timer writes when it fires; null for a task's clock, which writes
    /// whichever of the task's deadlines it was armed for (its reminder, overdue mark or next rung).
    /// </summary>
    public Firing? ExpectedFiring() => Kind == "TaskClock" ? null : new(CaseId, Kind switch
    {
        "TaskReminder" => "task.reminded",
        "TaskOverdue" => "task.overdue",
        "EscalationRung" => $"task.escalated {Level}",
        _ => "stage " + Kind,
    }, TaskId ?? Guid.Empty);

    /// <summary>Whether the journal shows this timer fired: its own firing, or for a clock any firing of its task.</summary>
    public bool FiredIn(IReadOnlyCollection<Firing> firings) => ExpectedFiring() is { } expected
        ? firings.Contains(expected)
        : firings.Any(f => f.CaseId == CaseId && f.TaskId == TaskId);
}

/// <summary>One timer firing in a case's journal.</summary>
internal sealed record Firing(Guid CaseId, string What, Guid TaskId);
