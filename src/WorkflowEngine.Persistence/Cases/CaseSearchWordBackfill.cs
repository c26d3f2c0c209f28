using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Gives cases opened before the inbox search had its word index their words. Run at start-up after
/// the migrations (in code, not SQL, because a name is cut into words as <see cref="CaseSearchWords"/>
/// does); every case has at least its reference word, so it finds nothing to do once done.
/// </summary>
internal static class CaseSearchWordBackfill
{
    private const int Batch = 1_000;

    public static async Task RunAsync(EngineDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var missing = await db.Cases.AsNoTracking()
                .Where(c => !db.CaseSearchWords.Any(w => w.CaseId == c.Id))
                .Select(c => new { c.Id, c.ChildName })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                return;
            }

            db.CaseSearchWords.AddRange(missing.SelectMany(c => CaseSearchWords.For(c.Id, c.ChildName)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
