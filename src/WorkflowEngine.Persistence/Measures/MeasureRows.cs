using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>Writes a change set's measure records in the case's own transaction.</summary>
internal static class MeasureRows
{
    public static void Stage(EngineDbContext db, CaseChangeSet change)
    {
        if (change.Milestones is { } milestones)
        {
            db.Milestones.Add(milestones);
        }

        if (change.Education is { } education)
        {
            db.EducationEvents.Add(education);
        }

        db.DisruptionMeasures.AddRange(change.DisruptionMeasures);
        db.IntelligenceSubmissions.AddRange(change.IntelligenceSubmissions);
    }

    /// <summary>Deletes the stored rows the change sets rewrite (none for new cases). Call inside the save's transaction.</summary>
    public static async Task ClearAsync(EngineDbContext db, IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken)
    {
        var ids = changes.Where(c => !c.IsNew && c.Milestones is not null).Select(c => c.Case.Id).ToList();
        if (ids.Count > 0)
        {
            await db.Milestones.Where(m => ids.Contains(m.CaseId)).ExecuteDeleteAsync(cancellationToken);
        }

        var tracks = changes.Where(c => !c.IsNew && c.Education is not null).Select(c => c.Case.Id).ToList();
        if (tracks.Count > 0)
        {
            await db.EducationEvents.Where(e => tracks.Contains(e.CaseId)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
