using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Cases;
using static WorkflowEngine.Persistence.Cases.CaseChangeRows;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// The PostgreSQL store's saves, each in one round trip: every row of every change in one
/// <see cref="NpgsqlBatch"/>, which PostgreSQL runs as one implicit transaction. A checked write
/// that finds its row moved on, or an insert that meets a key someone else wrote first, fails the
/// batch, so nothing of the save is kept and the caller is told of the conflict. Saves of
/// different cases run side by side on their own pooled connections; the server orders them.
/// </summary>
internal sealed partial class PostgreSqlCaseStore
{
    private readonly ConcurrentDictionary<Type, PostgreSqlRowStatements> _tables = new();
    private readonly Lazy<IModel> _model = new(() =>
    {
        using var db = contexts.CreateDbContext();
        return db.Model;
    });

    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return SaveOutcome.Saved;
        }

        // Mapped and bound before a connection is taken from the pool.
        await using var batch = dataSource.CreateBatch();
        foreach (var change in changes)
        {
            foreach (var step in CaseChangeRows.Of(change, loaded, _model.Value).Steps)
            {
                batch.BatchCommands.Add(Command(step));
            }
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return SaveOutcome.Saved;
        }
        catch (PostgresException ex) when (PostgreSqlRowCheck.IsConflict(ex))
        {
            return SaveOutcome.Conflict;
        }
    }

    private NpgsqlBatchCommand Command(RowStep step)
    {
        var table = _tables.GetOrAdd(step.Row.GetType(), type => new PostgreSqlRowStatements(TableShape.Of(_model.Value, type)));
        return step.Action switch
        {
            RowAction.Insert => table.Insert(step.Values),
            RowAction.Delete => table.Delete(step.Values, step.ExpectedVersion),
            RowAction.Update => table.Update(step.Values, step.ExpectedVersion, step.Differs),
            RowAction.Upsert => table.Upsert(step.Values),
            _ => throw new InvalidOperationException($"Unknown row action {step.Action}."),
        };
    }
}
