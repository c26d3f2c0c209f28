using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>Keeps the reader commands EF runs with their parameters, so a test can ask SQLite how it planned them.</summary>
internal sealed class RecordedCommands : DbCommandInterceptor
{
    private readonly List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> _commands = [];

    public IReadOnlyList<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_commands)
        {
            _commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        }

        return ValueTask.FromResult(result);
    }
}
