using System.Data.Common;
using Npgsql;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// The PostgreSQL store's loads: the reads every command makes: a case (its row, tasks, escalations and timers)
/// in one batch, one round trip, inside a read-only repeatable-read transaction so the four reads
/// see one snapshot; and the latest published version of a workflow or rule set. The statements
/// never change, so each pooled connection prepares them once (automatic preparation).
/// </summary>
internal sealed partial class PostgreSqlCaseStore
{
    private const string LatestVersion =
        "SELECT \"Version\" FROM \"Documents\" WHERE \"Kind\" = $1 AND \"Key\" = $2 AND \"Status\" = $3 ORDER BY \"Version\" DESC LIMIT 1";

    private readonly Lazy<Shapes> _shapes = new(() =>
    {
        using var db = contexts.CreateDbContext();
        return new Shapes(db.Model);
    });

    public async Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var shapes = _shapes.Value;
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        foreach (var select in shapes.Selects)
        {
            var command = new NpgsqlBatchCommand(select);
            command.Parameters.Add(new NpgsqlParameter { Value = caseId });
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var record = (CaseRecord?)(await RowsAsync(reader, shapes.Case, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (record is null)
        {
            return null;
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var tasks = new List<CaseTask>();
        foreach (TaskRecord row in await RowsAsync(reader, shapes.Tasks, cancellationToken).ConfigureAwait(false))
        {
            var task = TaskMapper.ToModel(row);
            loaded.Remember(task, row);
            tasks.Add(task);
        }

        var state = CaseMapper.ToModel(record, tasks);
        loaded.Remember(state, record);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        state.Escalations.AddRange((await RowsAsync(reader, shapes.Escalations, cancellationToken).ConfigureAwait(false)).Cast<TaskEscalation>());
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        state.Timers.AddRange((await RowsAsync(reader, shapes.Timers, cancellationToken).ConfigureAwait(false)).Cast<DueTimer>());
        return state;
    }

    public async Task<int?> LatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken)
    {
        // Kind and status are stored by name, as the Documents table's configuration says.
        await using var command = dataSource.CreateCommand(LatestVersion);
        command.Parameters.Add(new NpgsqlParameter { Value = kind.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = DocumentStatus.Published.ToString() });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version ? version : null;
    }

    private static async Task<List<object>> RowsAsync(DbDataReader reader, TableShape shape, CancellationToken cancellationToken)
    {
        var rows = new List<object>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(shape.Read(reader));
        }

        return rows;
    }

    private sealed class Shapes
    {
        public Shapes(Microsoft.EntityFrameworkCore.Metadata.IModel model)
        {
            Case = TableShape.Of(model, typeof(CaseRecord));
            Tasks = TableShape.Of(model, typeof(TaskRecord));
            Escalations = TableShape.Of(model, typeof(TaskEscalation));
            Timers = TableShape.Of(model, typeof(DueTimer));

            // The orders are the ones the engine relies on (tasks as created, timers as due).
            Selects =
            [
                Select(Case, nameof(CaseRecord.Id), "\"Id\""),
                Select(Tasks, nameof(TaskRecord.CaseId), "\"CreatedAt\", \"StageVisit\", \"TaskKey\", \"Id\""),
                Select(Escalations, nameof(TaskEscalation.CaseId), "\"RaisedAt\", \"Id\""),
                Select(Timers, nameof(DueTimer.CaseId), "\"DueAt\", \"Key\""),
            ];
        }

        public TableShape Case { get; }

        public TableShape Tasks { get; }

        public TableShape Escalations { get; }

        public TableShape Timers { get; }

        public IReadOnlyList<string> Selects { get; }

        private static string Select(TableShape shape, string column, string orderBy) =>
            shape.SelectWhere(column, orderBy).Replace("@value", "$1", StringComparison.Ordinal);
    }
}
