using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Children;

/// <summary>
/// Gives every child of cases opened before child records existed a record of their own, from the
/// earliest case about them, so later contacts can match them. Run at start-up after the migrations
/// (in code, not SQL, because the child's details sit in each case's JSON); it finds nothing to do
/// once done.
/// </summary>
internal static class ChildBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(EngineDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var orphans = await db.Cases.AsNoTracking()
                .Where(c => !db.Children.Any(ch => ch.Id == c.ChildId))
                .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
                .Select(c => new { c.ChildId, c.ChildJson, c.OpenedAt })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (orphans.Count == 0)
            {
                return;
            }

            foreach (var first in orphans.GroupBy(o => o.ChildId).Select(g => g.First()))
            {
                db.Children.Add(ChildRecord.For(StoredJson.Read<ChildDetails>(first.ChildJson), first.ChildId, first.OpenedAt));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
