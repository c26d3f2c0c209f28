using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using static WorkflowEngine.Core.Measures.MeasureCatalogue;

namespace WorkflowEngine.Persistence.Measures;

/// <content>
/// The trends: the MACE share with a disruption measure and referral decisions in time, each read
/// once for the whole period and counted month by month; any other measure asked for month by month.
/// </content>
internal sealed partial class EfDashboardQueries
{
    public async Task<IReadOnlyList<(ReportingPeriod Month, DashboardFigures Figures)>> GetMonthlyAsync(DashboardQuery query, TimeZoneInfo timeZone,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(timeZone);
        var months = query.Period.Months(timeZone).ToList();
        var figures = months.Select(_ => new List<MeasureFigure>()).ToList();
        var breakdowns = months.Select(_ => new List<BreakdownRow>()).ToList();
        var ct = cancellationToken;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var sets = new MeasureSets(db, query, sources);
            if (query.Wants(DisruptionShare))
            {
                await AddDisruptionShareAsync(sets, months, figures, ct);
            }

            if (query.Wants(ReferralDecisionsInTime))
            {
                var decisions = await sets.ReferralDecisions().Select(c => new { c.OpenedAt, Met = c.ReferralDecidedAt <= c.ReferralDeadline }).ToListAsync(ct);
                for (var i = 0; i < months.Count; i++)
                {
                    var (from, to) = (months[i].Start, months[i].End);
                    var inMonth = decisions.Where(d => d.OpenedAt >= from && d.OpenedAt < to).ToList();
                    figures[i].Add(Share(ReferralDecisionsInTime, inMonth.Count(d => d.Met), inMonth.Count));
                }
            }
        }

        var rest = (query.Only ?? All.Select(m => m.Key).ToHashSet()).Except([DisruptionShare, ReferralDecisionsInTime]).ToHashSet();
        if (rest.Count > 0)
        {
            for (var i = 0; i < months.Count; i++)
            {
                var month = await GetFiguresAsync(query with { Period = months[i], Only = rest }, ct);
                figures[i].AddRange(month.Figures);
                breakdowns[i].AddRange(month.Breakdowns);
            }
        }

        var order = All.Select((m, i) => (m.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return [.. months.Select((m, i) => (m, new DashboardFigures([.. figures[i].OrderBy(f => order[f.Key])], breakdowns[i])))];
    }

    // A case counts in every month it was an open MACE case; it met the measure in a month if its
    // first disruption measure was recorded before the month's end (as MaceWithMeasure tests it).
    private static async Task AddDisruptionShareAsync(MeasureSets sets, List<ReportingPeriod> months, List<List<MeasureFigure>> figures, CancellationToken ct)
    {
        var cases = await sets.MaceFirstMeasures().ToListAsync(ct);
        for (var i = 0; i < months.Count; i++)
        {
            var (from, to) = (months[i].Start, months[i].End);
            var open = cases.Where(c => c.FirstMaceDiscussionAt < to && (c.ClosedAt == null || c.ClosedAt >= from)).ToList();
            figures[i].Add(Share(DisruptionShare, open.Count(c => c.FirstMeasureAt < to), open.Count));
        }
    }
}
