using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The rows one case change writes, in an order the foreign keys accept: timers the plan dropped
/// first (a re-planned timer may reuse its key), then the case, its tasks, escalations, timers,
/// journal, outbox and measure records. Every update and delete of a versioned row is checked
/// against the version the command read.
/// </summary>
internal static class CaseChangeRows
{
    /// <summary>Writes the change; false when a row had moved on (the caller rolls the change back).</summary>
    public static bool Write(PreparedRows rows, CaseChangeSet change)
    {
        foreach (var (timer, expectedVersion) in change.RemovedTimers)
        {
            // A timer another dispatcher claimed meanwhile has a new version: nothing is deleted,
            // and the whole change (including what the timer did) is rolled back.
            if (!rows.Delete(timer, expectedVersion))
            {
                return false;
            }
        }

        var caseRecord = CaseMapper.ToRecord(change.Case);
        if (change.IsNew)
        {
            rows.Insert(caseRecord);
        }
        else if (!Applied(rows.Update(caseRecord, change.ExpectedVersion)))
        {
            return false;
        }

        foreach (var task in change.AddedTasks)
        {
            rows.Insert(TaskMapper.ToRecord(task));
        }

        foreach (var (task, expectedVersion) in change.ModifiedTasks)
        {
            if (!Applied(rows.Update(TaskMapper.ToRecord(task), expectedVersion)))
            {
                return false;
            }
        }

        foreach (var escalation in change.AddedEscalations)
        {
            rows.Insert(escalation);
        }

        foreach (var escalation in change.ModifiedEscalations)
        {
            // Escalations carry no version: the case's own version check above guards them.
            if (rows.Update(escalation, expectedVersion: null) == RowUpdate.Missing)
            {
                return false;
            }
        }

        foreach (var timer in change.AddedTimers)
        {
            rows.Insert(timer);
        }

        foreach (var (timer, expectedVersion) in change.ModifiedTimers)
        {
            if (!Applied(rows.Update(timer, expectedVersion)))
            {
                return false;
            }
        }

        foreach (var entry in change.Journal)
        {
            rows.Insert(JournalMapper.ToRecord(entry));
        }

        foreach (var message in change.Outbox)
        {
            rows.Insert(message);
        }

        WriteMeasures(rows, change);
        return true;
    }

    private static bool Applied(RowUpdate update) => update is RowUpdate.Written or RowUpdate.Unchanged;

    // A row that mirrors the case: most commands leave it as it was, and then nothing is written.
    private static void Upsert<TRow>(PreparedRows rows, TRow row, bool isNew)
        where TRow : class
    {
        if (isNew || rows.Update(row, expectedVersion: null) == RowUpdate.Missing)
        {
            rows.Insert(row);
        }
    }

    // The measure rows that mirror a case are kept equal to its projection.
    private static void WriteMeasures(PreparedRows rows, CaseChangeSet change)
    {
        if (change.Milestones is { } milestones)
        {
            Upsert(rows, milestones, change.IsNew);
        }

        if (change.Education is { } education)
        {
            Upsert(rows, education, change.IsNew);
        }

        foreach (var measure in change.DisruptionMeasures)
        {
            rows.Insert(measure);
        }

        foreach (var submission in change.IntelligenceSubmissions)
        {
            rows.Insert(submission);
        }
    }
}
