using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// Writes a case's task timers as the engine did before the task clock: a reminder, an overdue
/// mark and the next rung, each its own row, in place of the task's one clock row.
/// </summary>
internal static class OldTimerRows
{
    public static async Task<List<DueTimer>> WriteAsync(EngineHost host, CaseState state, params (TimerKind Kind, int? Level, DateTimeOffset DueAt)[] rows)
    {
        var task = state.Tasks.Single(t => t.IsActive);
        using var turn = await host.Writes.EnterAsync(CancellationToken.None);
        await using var db = host.NewContext();
        await db.Timers.Where(t => t.CaseId == state.Id && t.Kind == TimerKind.TaskClock).ExecuteDeleteAsync();
        var written = rows.Select(r => new DueTimer
        {
            Id = Guid.NewGuid(),
            CaseId = state.Id,
            Key = r.Kind switch
            {
                TimerKind.TaskReminder => TimerKeys.Reminder(task.Id),
                TimerKind.TaskOverdue => TimerKeys.Overdue(task.Id),
                _ => TimerKeys.Rung(task.Id, r.Level!.Value),
            },
            Kind = r.Kind,
            TaskId = task.Id,
            Level = r.Level,
            DueAt = r.DueAt,
            NextAttemptAt = r.DueAt,
            Version = 1,
        }).ToList();
        db.Timers.AddRange(written);
        await db.SaveChangesAsync();
        return written;
    }
}
