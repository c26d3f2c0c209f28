using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The rows one case change writes, mapped (JSON included) on the caller's thread before the
/// writer's turn, so the one writer only binds and steps. The order is one the foreign keys
/// accept: timers the plan dropped first (a re-planned timer may reuse its key), then the child
/// record, the case (and the words the inbox search finds it by), its tasks, escalations, timers,
/// journal, outbox and measure records. Every update and delete of a versioned row is checked
/// against the version the command read.
/// </summary>
internal sealed class CaseChangeRows
{
    private readonly List<RowStep> _steps = [];
    private readonly IModel _model;

    private CaseChangeRows(IModel model) => _model = model;

    /// <summary>What a step does with its row.</summary>
    internal enum RowAction
    {
        Insert,
        Update,
        Delete,
        Upsert,
    }

    /// <summary>The writes in order, for a writer that sends them all at once (PostgreSQL's batch).</summary>
    public IReadOnlyList<RowStep> Steps => _steps;

    /// <summary>
    /// The rows of <paramref name="change"/>, each with its values as stored and, for an update of a
    /// row known as loaded, the columns that differ: worked out here, on the caller's thread.
    /// </summary>
    public static CaseChangeRows Of(CaseChangeSet change, LoadedRows loaded, IModel model)
    {
        ArgumentNullException.ThrowIfNull(change);
        var rows = new CaseChangeRows(model);
        foreach (var (timer, expectedVersion) in change.RemovedTimers)
        {
            // A timer another dispatcher claimed meanwhile has a new version: nothing is deleted,
            // and the whole change (including what the timer did) is rolled back.
            rows.Add(RowAction.Delete, timer, expectedVersion);
        }

        if (change.AddedChild is { } child)
        {
            rows.Add(RowAction.Insert, child);
        }

        foreach (var (record, expectedVersion) in change.ModifiedChildren)
        {
            rows.Add(RowAction.Update, record, expectedVersion);
        }

        var loadedCase = change.IsNew ? null : loaded.Of(change.Case, change.ExpectedVersion);
        rows.Add(change.IsNew ? RowAction.Insert : RowAction.Update, CaseMapper.ToRecord(change.Case, loadedCase), change.ExpectedVersion, loadedCase?.Row);
        if (change.IsNew)
        {
            // The words the inbox search finds the case by. A case's child is fixed when it opens
            // (CaseState.Child is set once), so they are written once, with the case.
            rows.AddAll(RowAction.Insert, CaseSearchWords.For(change.Case.Id, change.Case.Child.Name));
        }

        rows.AddAll(RowAction.Insert, change.AddedTasks.Select(TaskMapper.ToRecord));
        foreach (var (task, expectedVersion) in change.ModifiedTasks)
        {
            rows.Add(RowAction.Update, TaskMapper.ToRecord(task), expectedVersion, loaded.Of(task, expectedVersion));
        }

        rows.AddAll(RowAction.Insert, change.AddedEscalations);
        // Escalations carry no version: the case's own version check above guards them.
        rows.AddAll(RowAction.Update, change.ModifiedEscalations);
        rows.AddAll(RowAction.Insert, change.AddedTimers);
        foreach (var (timer, expectedVersion) in change.ModifiedTimers)
        {
            rows.Add(RowAction.Update, timer, expectedVersion);
        }

        rows.AddAll(RowAction.Insert, change.Journal.Select(JournalMapper.ToRecord));
        rows.AddAll(RowAction.Insert, change.Outbox);

        // The measure rows that mirror a case are kept equal to its projection; most commands leave
        // them as they were, and then nothing is written.
        var mirror = change.IsNew ? RowAction.Insert : RowAction.Upsert;
        if (change.Milestones is { } milestones)
        {
            rows.Add(mirror, milestones, stored: change.IsNew ? null : loaded.MilestonesOf(change.Case, change.ExpectedVersion));
        }

        if (change.Education is { } education)
        {
            rows.Add(mirror, education);
        }

        rows.AddAll(RowAction.Insert, change.DisruptionMeasures);
        rows.AddAll(RowAction.Insert, change.IntelligenceSubmissions);
        return rows;
    }

    /// <summary>Writes the rows; false when a row had moved on (the caller rolls the change back).</summary>
    public bool Write(PreparedRows rows)
    {
        foreach (var step in _steps)
        {
            var started = Sqlite.SqliteWriterProfile.Start();
            var written = step.Action switch
            {
                RowAction.Insert => Inserted(rows, step),
                RowAction.Delete => rows.Delete(step.Shape, step.Values, step.ExpectedVersion),
                RowAction.Update => rows.Update(step.Shape, step.Values, step.Differs, step.ExpectedVersion) is RowUpdate.Written or RowUpdate.Unchanged,
                RowAction.Upsert => rows.Update(step.Shape, step.Values, step.Differs, expectedVersion: null) != RowUpdate.Missing || Inserted(rows, step),
                _ => throw new InvalidOperationException($"Unknown row action {step.Action}."),
            };
            if (Sqlite.SqliteWriterProfile.Enabled)
            {
                Sqlite.SqliteWriterProfile.Add($"{step.Action} {step.Row.GetType().Name}", started);
            }

            if (!written)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Inserted(PreparedRows rows, RowStep step)
    {
        rows.Insert(step.Shape, step.Values);
        return true;
    }

    private void Add(RowAction action, object row, long? expectedVersion = null, object? stored = null)
    {
        var shape = TableShape.Of(_model, row.GetType());
        var values = shape.ValuesOf(row);
        _steps.Add(new RowStep(action, row, expectedVersion, shape, values, stored is null ? null : TableShape.Differences(values, shape.ValuesOf(stored))));
    }

    private void AddAll(RowAction action, IEnumerable<object> rows)
    {
        foreach (var row in rows)
        {
            Add(action, row);
        }
    }

    /// <summary>
    /// One write: the row, its table and its values as stored; for an update of a row known as
    /// loaded at the expected version, the columns that differ from it (compared in memory), else null.
    /// </summary>
    internal readonly record struct RowStep(RowAction Action, object Row, long? ExpectedVersion, TableShape Shape, object[] Values, ulong? Differs);
}
