using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// Every write of this process goes through the one write gate on SQLite; the tests run with
/// <see cref="UngatedWriteGuard"/> registered, so a write path that bypasses the gate fails them.
/// </summary>
public sealed class WriteGateTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_write_through_EF_outside_the_gate_fails_naming_the_statement()
    {
        await using var db = _db.NewContext();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"NodeHeartbeats\""));

        Assert.Equal(
            "A write reached SQLite outside the write gate (DELETE FROM \"NodeHeartbeats\"). Enter SqliteWriteGate around every write, so this process's writers queue in one place.",
            error.Message);
    }

    [Fact]
    public async Task A_write_inside_a_turn_and_a_read_outside_one_pass_the_guard()
    {
        await using var db = _db.NewContext();
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            Assert.Equal(0, await db.Database.ExecuteSqlRawAsync("DELETE FROM \"NodeHeartbeats\""));
        }

        Assert.Equal(0, await db.NodeHeartbeats.CountAsync());
    }

    [Fact]
    public async Task A_store_write_waits_for_the_turn_another_writer_holds()
    {
        // Taken in a flow of its own, as another writer of this process would hold it.
        var held = await Task.Run(async () => await _db.Writes.EnterAsync(CancellationToken.None));
        Task<StoredDocument> publish;
        try
        {
            publish = _db.Documents.PublishAsync(DocumentKind.Workflow, "w", "{1}", "h1", "lead");
            Assert.False(publish.IsCompleted);
        }
        finally
        {
            held.Dispose();
        }

        Assert.Equal(1, (await publish).Version);
    }

    [Fact]
    public async Task A_turn_passed_on_is_no_longer_held_by_the_flow_that_took_it()
    {
        var turn = await _db.Writes.EnterAsync(CancellationToken.None);
        Assert.True(_db.Writes.IsHeldHere);

        turn.Dispose();

        Assert.False(_db.Writes.IsHeldHere);
    }

    [Theory]
    [InlineData("INSERT INTO \"Cases\" (\"Id\") VALUES (@p0)", true)]
    [InlineData("  update \"Timers\" SET \"Version\" = 2", true)]
    [InlineData("DELETE FROM \"Outbox\"", true)]
    [InlineData("-- a tag\nDELETE FROM \"Timers\"", true)]
    [InlineData("CREATE TABLE \"X\" (\"Id\" INTEGER)", true)]
    [InlineData("SELECT \"Id\" FROM \"Cases\"", false)]
    [InlineData("PRAGMA journal_mode", false)]
    public void A_statement_is_a_write_by_its_first_word(string sql, bool isWrite) =>
        Assert.Equal(isWrite, UngatedWriteGuard.IsWrite(sql));

    [Fact]
    public async Task On_PostgreSQL_the_gate_lets_every_writer_straight_through()
    {
        // PostgreSQL locks rows, not the database: writers there need no queue in this process.
        using var gate = new SqliteWriteGate(queues: false);
        using var first = await gate.EnterAsync(CancellationToken.None);

        var second = gate.EnterAsync(CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(gate.IsHeldHere);
    }
}
