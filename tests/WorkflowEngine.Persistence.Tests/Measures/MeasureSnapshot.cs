using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Tests.Scenarios;

namespace WorkflowEngine.Persistence.Tests.Measures;

/// <summary>
/// Every measure row in the database as comparable text (the record ids, fresh on every write, left
/// out), and what a rebuild must not touch: the cases' versions, the journal and the timers.
/// </summary>
internal sealed record MeasureSnapshot(List<string> Milestones, List<string> Education, List<string> Disruption, List<string> Intelligence)
{
    public static async Task<MeasureSnapshot> TakeAsync(EngineHost host)
    {
        await using var db = host.NewContext();
        return new MeasureSnapshot(
            Sorted(await db.Milestones.AsNoTracking().ToListAsync()),
            Sorted(await db.EducationEvents.AsNoTracking().ToListAsync()),
            Sorted((await db.DisruptionMeasures.AsNoTracking().ToListAsync()).Select(d => new { d.CaseId, d.TaskId, d.Agency, d.Measure, d.RecordedAt })),
            Sorted((await db.IntelligenceSubmissions.AsNoTracking().ToListAsync()).Select(s => new
            {
                s.CaseId, s.TaskId, s.ChildId, s.SubmittingAgency, s.SubmittedBy, s.SubmittedTo, s.SubmittedAt, s.PoliceOutcome, s.OutcomeRecordedAt,
            })));
    }

    /// <summary>The cases, their versions and journal heads, and every timer, as text.</summary>
    public static async Task<List<string>> UntouchedAsync(EngineHost host)
    {
        await using var db = host.NewContext();
        var cases = Sorted(await db.Cases.AsNoTracking().Select(c => new { c.Id, c.Version, c.JournalSequence, c.JournalHead, c.StageKey }).ToListAsync());
        var timers = Sorted(await db.Timers.AsNoTracking().Select(t => new { t.Id, t.Version, t.DueAt, t.Key }).ToListAsync());
        return [.. cases, .. timers, $"journal {await db.Journal.CountAsync()}"];
    }

    /// <summary>Deletes every measure row by SQL, as a database from before the MeasureRecords migration has none.</summary>
    public static async Task ForgetAllAsync(EngineHost host)
    {
        using var turn = await host.Writes.EnterAsync(CancellationToken.None);
        await using var db = host.NewContext();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseMilestones"; DELETE FROM "EducationEvents"; DELETE FROM "DisruptionMeasures"; DELETE FROM "IntelligenceSubmissions";""");
    }

    /// <summary>Deletes only the milestones rows by SQL, leaving the disruption measures and intelligence submissions.</summary>
    public static async Task ForgetMilestonesAsync(EngineHost host)
    {
        using var turn = await host.Writes.EnterAsync(CancellationToken.None);
        await using var db = host.NewContext();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseMilestones" """);
    }

    public bool IsEmpty => Milestones.Count + Education.Count + Disruption.Count + Intelligence.Count == 0;

    private static List<string> Sorted<T>(IEnumerable<T> rows) => [.. rows.Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal)];
}
