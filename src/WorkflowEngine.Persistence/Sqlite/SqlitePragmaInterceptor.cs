using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>
/// Sets write-ahead logging, the busy timeout and the sync level on every SQLite connection EF
/// opens; the last two are per connection in SQLite, so they cannot be set once for the file.
/// Microsoft.Data.Sqlite pools the native connections, so each native handle is set up once and
/// remembered: reopening a pooled connection costs no extra statement.
/// </summary>
internal sealed class SqlitePragmaInterceptor(PersistenceOptions options) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    private readonly string _pragmas = SqlitePragmas.For(options);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // True the first time this native handle is seen (a handle lives as long as it stays pooled).
    private bool FirstOpen(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return true;
        }

        var first = false;
        _prepared.GetValue(handle, _ =>
        {
            first = true;
            return handle;
        });
        return first;
    }
}
