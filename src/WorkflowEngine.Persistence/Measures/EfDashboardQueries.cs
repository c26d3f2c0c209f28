using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using static WorkflowEngine.Core.Measures.MeasureCatalogue;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>
/// The dashboard's figures on EF Core: counts in SQL over the measure records (<see cref="MeasureSets"/>),
/// medians and percentiles over the few values they need, untracked, on one context.
/// </summary>
internal sealed partial class EfDashboardQueries(IDbContextFactory<EngineDbContext> contexts, MeasureSources sources) : IDashboardQueries
{
    public async Task<DashboardFigures> GetFiguresAsync(DashboardQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sets = new MeasureSets(db, query, sources);
        var figures = new List<MeasureFigure>();
        var breakdowns = new List<BreakdownRow>();
        var ct = cancellationToken;

        if (query.Wants(DisruptionShare) || query.Wants(IntelligenceShare) || query.Wants(NrmShare) || query.Wants(EducationKnownShare))
        {
            // One pass over the MACE cases for all four shares (a share not asked for is not tested).
            var counts = await sets.MaceFlags().GroupBy(_ => 1).Select(g => new
            {
                All = g.Count(), Measure = g.Count(f => f.Measure), Intelligence = g.Count(f => f.Intelligence), Nrm = g.Count(f => f.Nrm),
                EducationKnown = g.Count(f => f.EducationKnown),
            }).FirstOrDefaultAsync(ct);
            var mace = counts?.All ?? 0;
            AddShare(figures, query, DisruptionShare, counts?.Measure, mace);
            AddShare(figures, query, IntelligenceShare, counts?.Intelligence, mace);
            AddShare(figures, query, NrmShare, counts?.Nrm, mace);
            AddShare(figures, query, EducationKnownShare, counts?.EducationKnown, mace);
        }

        if (query.Wants(MeasuresRecorded))
        {
            var byTypeAndAgency = await sets.MeasuresRecorded().GroupBy(d => new { d.Measure, d.Agency })
                .Select(g => new { g.Key.Measure, g.Key.Agency, Count = g.Count() }).ToListAsync(ct);
            figures.Add(new MeasureFigure(MeasuresRecorded, byTypeAndAgency.Sum(r => r.Count)));
            breakdowns.AddRange(byTypeAndAgency.GroupBy(r => r.Measure).OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new BreakdownRow("measures-by-type", g.Key, null, g.Sum(r => r.Count))));
            breakdowns.AddRange(byTypeAndAgency.GroupBy(r => r.Agency).OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new BreakdownRow("measures-by-agency", g.Key, null, g.Sum(r => r.Count))));
        }

        if (query.Wants(ReferralDecisionsInTime))
        {
            var counts = await sets.ReferralDecisions().GroupBy(_ => 1)
                .Select(g => new { All = g.Count(), Met = g.Count(c => c.ReferralDecidedAt <= c.ReferralDeadline) }).FirstOrDefaultAsync(ct);
            figures.Add(Share(ReferralDecisionsInTime, counts?.Met ?? 0, counts?.All ?? 0));
        }

        if (query.Wants(DaysToMaceMedian) || query.Wants(DaysToMaceP90))
        {
            var spans = await sets.FirstMaceInPeriod().Select(c => new { c.OpenedAt, c.FirstMaceDiscussionAt }).ToListAsync(ct);
            var days = spans.Select(s => Days(s.FirstMaceDiscussionAt!.Value - s.OpenedAt)).ToList();
            figures.Add(new MeasureFigure(DaysToMaceMedian, Percentiles.NearestRank(days, 50), Denominator: days.Count));
            figures.Add(new MeasureFigure(DaysToMaceP90, Percentiles.NearestRank(days, 90), Denominator: days.Count));
        }

        if (query.Wants(ExclusionDaysOutMedian))
        {
            var days = await sets.Exclusions().Where(e => e.SchoolDaysOut != null).Select(e => e.SchoolDaysOut!.Value).ToListAsync(ct);
            figures.Add(new MeasureFigure(ExclusionDaysOutMedian, Percentiles.NearestRank(days.Select(d => (decimal)d), 50), Denominator: days.Count));
        }

        if (query.Wants(ProvisionByDay6))
        {
            var due = sets.ExclusionsDue();
            figures.Add(Share(ProvisionByDay6, await due.CountAsync(e => e.ProvisionStartDate != null && e.ProvisionStartDate <= e.ProvisionDueBy, ct), await due.CountAsync(ct)));
        }

        if (query.Wants(ReturnInterviewsInTime))
        {
            var counts = await sets.ReturnInterviews().GroupBy(_ => 1)
                .Select(g => new { All = g.Count(), Met = g.Count(c => c.ReturnInterviewHeldAt != null && c.ReturnInterviewHeldAt <= c.ReturnInterviewDueAt) }).FirstOrDefaultAsync(ct);
            figures.Add(Share(ReturnInterviewsInTime, counts?.Met ?? 0, counts?.All ?? 0));
        }

        if (query.Wants(OpenTasks) || query.Wants(OverdueTasks) || query.Wants(EscalatedTasks))
        {
            var now = query.Now;
            var rows = await sets.OpenTasks().GroupBy(t => new { t.Agency, t.EscalationLevel })
                .Select(g => new { g.Key.Agency, g.Key.EscalationLevel, Open = g.Count(), Overdue = g.Count(t => t.DueAt < now) })
                .ToListAsync(ct);
            var lines = rows.OrderBy(r => r.Agency, StringComparer.Ordinal).ThenBy(r => r.EscalationLevel)
                .Select(r => new BreakdownRow("tasks-by-agency-and-level", r.Agency, r.EscalationLevel, r.Open, r.Overdue, r.EscalationLevel > 0 ? r.Open : 0)).ToList();
            breakdowns.AddRange(lines);
            figures.Add(new MeasureFigure(OpenTasks, lines.Sum(l => l.Open)));
            figures.Add(new MeasureFigure(OverdueTasks, lines.Sum(l => l.Overdue)));
            figures.Add(new MeasureFigure(EscalatedTasks, lines.Sum(l => l.Escalated)));
        }

        if (query.Wants(EscalationResolutionMedian))
        {
            var spans = await sets.ResolvedEscalations().Select(e => new { e.RaisedAt, e.ResolvedAt }).ToListAsync(ct);
            var days = spans.Select(s => Days(s.ResolvedAt!.Value - s.RaisedAt)).ToList();
            figures.Add(new MeasureFigure(EscalationResolutionMedian, Percentiles.NearestRank(days, 50), Denominator: days.Count));
        }

        if (query.Wants(ReReferrals))
        {
            figures.Add(Share(ReReferrals, await sets.ReReferrals().CountAsync(ct), await sets.Referrals().CountAsync(ct)));
        }

        var order = All.Select((m, i) => (m.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return new DashboardFigures([.. figures.OrderBy(f => order[f.Key])], breakdowns);
    }

    internal static decimal Days(TimeSpan span) => Math.Round((decimal)span.TotalDays, 1, MidpointRounding.AwayFromZero);

    private static MeasureFigure Share(string key, int met, int counted) => new(key, Percentiles.Share(met, counted), met, counted);

    private static void AddShare(List<MeasureFigure> figures, DashboardQuery query, string key, int? met, int counted)
    {
        if (query.Wants(key))
        {
            figures.Add(Share(key, met ?? 0, counted));
        }
    }
}
