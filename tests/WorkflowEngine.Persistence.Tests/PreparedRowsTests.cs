using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// Rows written through prepared statements must be the rows EF Core writes (same storage class
/// and same value in every column), since EF reads and queries them; and an update writes only
/// what changed and refuses a stale version.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, as xunit's IAsyncLifetime calls it.")]
public sealed class PreparedRowsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = SampleCases.Opened.ToOffset(TimeSpan.FromHours(1));

    private TestDatabase _db = null!;
    private SqliteConnection _connection = null!;
    private PreparedRows _rows = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _connection = new SqliteConnection($"Data Source={_db.FilePath};Foreign Keys=True");
        await _connection.OpenAsync();
        await using var db = _db.NewContext();
        _rows = new PreparedRows(_connection, db.Model);
    }

    public async Task DisposeAsync()
    {
        _rows.Dispose();
        await _connection.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Every_column_is_stored_as_EF_Core_stores_it()
    {
        var @case = SampleCases.NewCase();
        @case.ClosedAt = At.AddDays(2);
        @case.ClosureReason = "done";
        var caseRecord = CaseMapper.ToRecord(@case);
        var task = SampleCases.NewTask(@case);
        task.AssignedTo = "bob";
        task.Role = "social-worker";
        task.Status = CaseTaskStatus.Completed;
        task.ClosedAt = At.AddHours(3);
        task.Outcome = "done";
        task.Data = new System.Text.Json.Nodes.JsonObject { ["note"] = "Zoë \"seen\"" };
        task.Priority = TaskPriority.High;
        var timer = new DueTimer
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, TaskId = task.Id, Key = "task:x:clock", Kind = TimerKind.TaskClock,
            Level = 2, DueAt = At, NextAttemptAt = At.AddTicks(1), LeaseOwner = "node-1", LeaseUntil = At.AddMinutes(1), Version = 3,
        };
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(), CreatedAt = At, Kind = "task.assigned", CaseId = @case.Id, TaskId = task.Id,
            Recipient = new NotificationRecipient("police", "officer", "pc.jones"), Subject = "A task", Body = "Body", NextAttemptAt = At, Version = 1,
        };
        var milestones = new CaseMilestones
        {
            CaseId = @case.Id, ChildId = @case.ChildId, ChildKey = "P-1234", WorkflowKey = "cce-referral", OpenedAt = At, InvolvedAgencies = "|police|",
            ReReferralWindowFrom = At.AddDays(-365), RiskLevel = "significant", ReferralDeadline = At.AddDays(1),
        };

        // The case row stays for the rows that follow (their foreign keys need it).
        await Compare(caseRecord, "Cases", "Id", caseRecord.Id);

        await Compare(TaskMapper.ToRecord(task), "Tasks", "Id", task.Id);
        await Compare(timer, "Timers", "Id", timer.Id);
        await Compare(message, "Outbox", "Id", message.Id);
        await Compare(milestones, "CaseMilestones", "CaseId", @case.Id);
    }

    [Fact]
    public async Task An_update_writes_what_changed_finds_nothing_to_write_when_equal_and_refuses_a_stale_version()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 0)]);
        var record = CaseMapper.ToRecord(@case);

        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            Assert.Equal(RowUpdate.Unchanged, _rows.Update(record, expectedVersion: 1));
            record.StageKey = "screening";
            record.Version = 2;
            Assert.Equal(RowUpdate.Written, _rows.Update(record, expectedVersion: 1));
            Assert.Equal(RowUpdate.Stale, _rows.Update(record, expectedVersion: 1));
            Assert.Equal(RowUpdate.Missing, _rows.Update(CaseMapper.ToRecord(SampleCases.NewCase()), expectedVersion: 1));
            transaction.Commit();
        }

        var stored = (await _db.Cases.LoadAsync(@case.Id))!;
        Assert.Equal(("screening", 2L), (stored.StageKey, stored.Version));
    }

    [Fact]
    public async Task An_update_against_the_row_as_loaded_writes_what_changed_and_still_refuses_a_stale_version()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 0)]);
        var loaded = CaseMapper.ToRecord(@case);
        var changed = CaseMapper.ToRecord(@case);
        changed.StageKey = "screening";
        changed.Version = 2;

        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            Assert.Equal(RowUpdate.Written, _rows.Update(changed, expectedVersion: 1, stored: loaded));
            // The row moved on to version 2: the same update from version 1 finds nothing to write.
            Assert.Equal(RowUpdate.Stale, _rows.Update(changed, expectedVersion: 1, stored: loaded));
            transaction.Commit();
        }

        var stored = (await _db.Cases.LoadAsync(@case.Id))!;
        Assert.Equal(("screening", 2L, @case.ChildId), (stored.StageKey, stored.Version, stored.ChildId));
    }

    [Fact]
    public async Task A_mirror_row_equal_to_the_one_loaded_is_neither_read_nor_written()
    {
        var (milestones, loaded) = await StoredMilestonesAsync();
        // Changed behind the writer's back: a read-back or a write would see or undo it.
        await Sql("UPDATE \"CaseMilestones\" SET \"RiskLevel\" = 'changed elsewhere'");

        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            Assert.Equal(RowUpdate.Unchanged, _rows.Update(milestones, expectedVersion: null, stored: loaded));
            transaction.Commit();
        }

        Assert.Contains("RiskLevel=text:'changed elsewhere'", await Read("CaseMilestones", "CaseId", milestones.CaseId));
    }

    [Fact]
    public async Task A_mirror_row_that_differs_from_the_one_loaded_writes_only_the_columns_that_differ_and_reports_a_missing_row()
    {
        var (milestones, loaded) = await StoredMilestonesAsync();
        await Sql("UPDATE \"CaseMilestones\" SET \"RiskLevel\" = 'changed elsewhere'");
        milestones.ClosedAt = At.AddDays(3);
        var other = SampleCases.NewCase();
        var missing = Milestones(other);

        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            Assert.Equal(RowUpdate.Written, _rows.Update(milestones, expectedVersion: null, stored: loaded));
            Assert.Equal(RowUpdate.Missing, _rows.Update(missing, expectedVersion: null, stored: Milestones(other, closedAt: At)));
            transaction.Commit();
        }

        var stored = await Read("CaseMilestones", "CaseId", milestones.CaseId);
        Assert.Contains("RiskLevel=text:'changed elsewhere'", stored);
        Assert.DoesNotContain("ClosedAt=null:NULL", stored);
    }

    private async Task<(CaseMilestones Milestones, CaseMilestones Loaded)> StoredMilestonesAsync()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 0)]);
        await Sql("DELETE FROM \"CaseMilestones\"");
        var milestones = Milestones(@case);
        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            _rows.Insert(milestones);
            transaction.Commit();
        }

        return (milestones, Milestones(@case));
    }

    private static CaseMilestones Milestones(Core.Runtime.CaseState @case, DateTimeOffset? closedAt = null) => new()
    {
        CaseId = @case.Id, ChildId = @case.ChildId, ChildKey = "P-1234", WorkflowKey = "cce-referral", OpenedAt = At, InvolvedAgencies = "|police|",
        ReReferralWindowFrom = At.AddDays(-365), RiskLevel = "significant", ClosedAt = closedAt,
    };

    private async Task Sql(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // Inserts the row through EF, reads every column's storage class and value, deletes it, inserts
    // it through the prepared statements and reads again: both readings must be equal.
    private async Task Compare<TRow>(TRow row, string table, string key, Guid id)
        where TRow : class
    {
        await using (var db = _db.NewContext())
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            db.Add(row);
            await db.SaveChangesAsync();
        }

        var byEf = await Read(table, key, id);
        await using (var delete = _connection.CreateCommand())
        {
            delete.CommandText = $"DELETE FROM \"{table}\" WHERE \"{key}\" = upper(@id)";
            delete.Parameters.AddWithValue("@id", id.ToString());
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        using (var transaction = _connection.BeginTransaction())
        {
            _rows.Transaction = transaction;
            _rows.Insert(row);
            transaction.Commit();
        }

        Assert.Equal(byEf, await Read(table, key, id));
    }

    private async Task<List<string>> Read(string table, string key, Guid id)
    {
        await using var db = _db.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var columns = connection.CreateCommand();
        columns.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var names = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", names.Select(n => $"typeof(\"{n}\") || ':' || quote(\"{n}\")"))} FROM \"{table}\" WHERE \"{key}\" = upper(@id)";
        read.Parameters.Add(new SqliteParameter("@id", id.ToString()));
        await using var row = await read.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), $"No {table} row {id}.");
        return [.. names.Select((n, i) => $"{n}={row.GetString(i)}")];
    }
}
