using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using static WorkflowEngine.Core.Measures.MeasureCatalogue;

namespace WorkflowEngine.Persistence.Measures;

/// <content>The drill-down: the cases behind a figure, from the same sets the figure counts.</content>
internal sealed partial class EfDashboardQueries
{
    private sealed record Hit(Guid CaseId, bool? Met, string Detail);

    public async Task<IReadOnlyList<MeasureCase>> GetCasesAsync(string measureKey, DashboardQuery query, int take = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Find(measureKey) is null)
        {
            throw new KeyNotFoundException($"There is no measure called '{measureKey}'.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sets = new MeasureSets(db, query, sources);
        var hits = await HitsAsync(measureKey, sets, query, cancellationToken);
        var ids = hits.Select(h => h.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ChildName, c.WorkflowKey, c.OpenedAt, c.InvolvedAgencies }).ToListAsync(cancellationToken);
        var byId = cases.ToDictionary(c => c.Id);
        return [.. hits.Where(h => byId.ContainsKey(h.CaseId))
            .Select(h => (Hit: h, Case: byId[h.CaseId]))
            .OrderBy(p => p.Case.OpenedAt).ThenBy(p => p.Case.Id)
            .Take(Math.Clamp(take, 1, 10_000))
            .Select(p => new MeasureCase(p.Hit.CaseId, p.Case.ChildName, p.Case.WorkflowKey, p.Case.OpenedAt,
                p.Case.InvolvedAgencies.Split('|', StringSplitOptions.RemoveEmptyEntries), p.Hit.Met, p.Hit.Detail))];
    }

    private static async Task<List<Hit>> HitsAsync(string key, MeasureSets sets, DashboardQuery query, CancellationToken ct)
    {
        switch (key)
        {
            case DisruptionShare:
                return await MetAsync(sets.Mace(), sets.MaceWithMeasure(), "disruption measure recorded", "no disruption measure recorded", ct);
            case IntelligenceShare:
                return await MetAsync(sets.Mace(), sets.MaceWithIntelligence(), "intelligence submitted", "no intelligence submission", ct);
            case NrmShare:
                return await MetAsync(sets.Mace(), sets.MaceWithNrm(), "NRM considered or referred", "NRM not considered", ct);
            case EducationKnownShare:
                return await MetAsync(sets.Mace(), sets.MaceWithEducationKnown(), "education status known", "education status not known", ct);
            case MeasuresRecorded:
                return [.. (await sets.MeasuresRecorded().Select(d => new { d.CaseId, d.Measure, d.Agency }).ToListAsync(ct))
                    .Select(d => new Hit(d.CaseId, null, $"{d.Measure} by {d.Agency}"))];
            case ReferralDecisionsInTime:
                return [.. (await sets.ReferralDecisions().Select(c => new { c.CaseId, c.ReferralDecidedAt, c.ReferralDeadline }).ToListAsync(ct))
                    .Select(c => new Hit(c.CaseId, c.ReferralDecidedAt <= c.ReferralDeadline,
                        c.ReferralDecidedAt is null ? $"not decided, due {Instant(c.ReferralDeadline)}" : $"decided {Instant(c.ReferralDecidedAt)}, due {Instant(c.ReferralDeadline)}"))];
            case DaysToMaceMedian or DaysToMaceP90:
                return [.. (await sets.FirstMaceInPeriod().Select(c => new { c.CaseId, c.OpenedAt, c.FirstMaceDiscussionAt }).ToListAsync(ct))
                    .Select(c => new Hit(c.CaseId, null, $"{Days(c.FirstMaceDiscussionAt!.Value - c.OpenedAt).ToString(CultureInfo.InvariantCulture)} days"))];
            case ExclusionDaysOutMedian or ProvisionByDay6:
                var events = key == ProvisionByDay6 ? sets.ExclusionsDue() : sets.Exclusions().Where(e => e.SchoolDaysOut != null);
                return [.. (await events.ToListAsync(ct)).Select(e => new Hit(e.CaseId,
                    key == ProvisionByDay6 ? e.ProvisionStartDate != null && e.ProvisionStartDate <= e.ProvisionDueBy : null,
                    $"excluded {e.ExclusionDate:yyyy-MM-dd}, provision {(e.ProvisionStartDate is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "not started")}, day 6 {e.ProvisionDueBy:yyyy-MM-dd}"))];
            case ReturnInterviewsInTime:
                return [.. (await sets.ReturnInterviews().Select(c => new { c.CaseId, c.ReturnInterviewHeldAt, c.ReturnInterviewDueAt }).ToListAsync(ct))
                    .Select(c => new Hit(c.CaseId, c.ReturnInterviewHeldAt <= c.ReturnInterviewDueAt, $"held {Instant(c.ReturnInterviewHeldAt)}, due {Instant(c.ReturnInterviewDueAt)}"))];
            case OpenTasks or OverdueTasks or EscalatedTasks:
                var now = query.Now;
                var tasks = sets.OpenTasks();
                tasks = key == OverdueTasks ? tasks.Where(t => t.DueAt < now) : key == EscalatedTasks ? tasks.Where(t => t.EscalationLevel > 0) : tasks;
                return [.. (await tasks.Select(t => new { t.CaseId, t.Title, t.Agency, t.EscalationLevel }).ToListAsync(ct))
                    .Select(t => new Hit(t.CaseId, null, $"{t.Title} ({t.Agency}, level {t.EscalationLevel})"))];
            case EscalationResolutionMedian:
                return [.. (await sets.ResolvedEscalations().Select(e => new { e.CaseId, e.Level, e.RaisedAt, e.ResolvedAt }).ToListAsync(ct))
                    .Select(e => new Hit(e.CaseId, null, $"level {e.Level} resolved in {Days(e.ResolvedAt!.Value - e.RaisedAt).ToString(CultureInfo.InvariantCulture)} days"))];
            default:
                return await MetAsync(sets.Referrals(), sets.ReReferrals(), "re-referral within 12 months", "first referral in 12 months", ct);
        }
    }

    private static async Task<List<Hit>> MetAsync(IQueryable<CaseMilestones> all, IQueryable<CaseMilestones> met, string yes, string no, CancellationToken ct)
    {
        var metIds = (await met.Select(c => c.CaseId).ToListAsync(ct)).ToHashSet();
        return [.. (await all.Select(c => c.CaseId).ToListAsync(ct)).Select(id => new Hit(id, metIds.Contains(id), metIds.Contains(id) ? yes : no))];
    }

    private static string Instant(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "not yet";
}
