using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>Every connection the engine uses, new or reused from the pool, runs with WAL, the busy timeout and the chosen sync level.</summary>
public sealed class SqliteSettingsTests
{
    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Every_connection_new_or_pooled_has_the_settings(SqliteSynchronous synchronous, long expected)
    {
        await using var database = await TestDatabase.CreateAsync(o =>
        {
            o.Synchronous = synchronous;
            o.BusyTimeout = TimeSpan.FromSeconds(7);
        });

        for (var open = 0; open < 3; open++)
        {
            await using var db = database.NewContext();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
            Assert.Equal(expected, await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
            Assert.Equal(7000L, await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
            await db.Database.CloseConnectionAsync();
        }
    }
}
