using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>
/// The sets of rows each measure counts, as queries: the figures count them and the drill-down
/// lists them, so a figure and the cases behind it always agree.
/// </summary>
internal sealed class MeasureSets(EngineDbContext db, DashboardQuery query, MeasureSources sources)
{
    private static readonly Expression<Func<CaseMilestones, bool>> Never = _ => false;

    private static readonly CaseTaskStatus[] Active = [CaseTaskStatus.Open, CaseTaskStatus.Claimed, CaseTaskStatus.Escalated];

    public DashboardQuery Query => query;

    /// <summary>Cases passing the agency, workflow and risk filters.</summary>
    public IQueryable<CaseMilestones> Cases
    {
        get
        {
            var cases = db.Milestones.AsNoTracking();
            if (query.Agency is { } agency)
            {
                var marker = "|" + agency + "|";
                cases = cases.Where(c => c.InvolvedAgencies.Contains(marker));
            }

            if (query.Workflow is { } workflow)
            {
                cases = cases.Where(c => c.WorkflowKey == workflow || db.Milestones.Any(p => p.CaseId == c.ParentCaseId && p.WorkflowKey == workflow));
            }

            if (query.RiskLevel is { } risk)
            {
                cases = cases.Where(c => c.RiskLevel == risk);
            }

            return cases;
        }
    }

    private bool Filtered => query.Agency is not null || query.Workflow is not null || query.RiskLevel is not null;

    /// <summary>MACE cases open in the period.</summary>
    public IQueryable<CaseMilestones> Mace()
    {
        var (from, to) = (query.From, query.To);
        return Cases.Where(c => c.FirstMaceDiscussionAt != null && c.FirstMaceDiscussionAt < to && (c.ClosedAt == null || c.ClosedAt >= from));
    }

    public IQueryable<CaseMilestones> MaceWithMeasure() => Mace().Where(HasMeasure());

    public IQueryable<CaseMilestones> MaceWithIntelligence() => Mace().Where(HasIntelligence());

    public IQueryable<CaseMilestones> MaceWithNrm() => Mace().Where(HasNrm());

    public IQueryable<CaseMilestones> MaceWithEducationKnown() => Mace().Where(HasEducationKnown());

    /// <summary>Each MACE case with the four shares' tests, so the shares are counted in one pass.</summary>
    public IQueryable<MaceFlags> MaceFlags() => Mace().Select(MaceFlagsOf.Build(
        query.Wants(MeasureCatalogue.DisruptionShare) ? HasMeasure() : Never,
        query.Wants(MeasureCatalogue.IntelligenceShare) ? HasIntelligence() : Never,
        query.Wants(MeasureCatalogue.NrmShare) ? HasNrm() : Never,
        query.Wants(MeasureCatalogue.EducationKnownShare) ? HasEducationKnown() : Never));

    /// <summary>The MACE cases open at any time in the period, each with its first disruption measure before the period's end.</summary>
    public IQueryable<MaceFirstMeasure> MaceFirstMeasures()
    {
        var to = query.To;
        return Mace().Select(c => new MaceFirstMeasure(c.FirstMaceDiscussionAt!.Value, c.ClosedAt,
            db.DisruptionMeasures.Where(d => d.CaseId == c.CaseId && d.RecordedAt < to).Min(d => (DateTimeOffset?)d.RecordedAt)));
    }

    private Expression<Func<CaseMilestones, bool>> HasMeasure()
    {
        var to = query.To;
        return c => db.DisruptionMeasures.Any(d => d.CaseId == c.CaseId && d.RecordedAt < to);
    }

    private Expression<Func<CaseMilestones, bool>> HasIntelligence()
    {
        var to = query.To;
        return c => db.IntelligenceSubmissions.Any(s => s.ChildId == c.ChildId && s.SubmittedAt < to);
    }

    private Expression<Func<CaseMilestones, bool>> HasNrm()
    {
        var (to, nrm) = (query.To, sources.NrmMeasure);
        return c => db.Milestones.Any(o => o.ChildId == c.ChildId && o.NrmConsideredAt != null && o.NrmConsideredAt < to)
            || db.DisruptionMeasures.Any(d => d.CaseId == c.CaseId && d.Measure == nrm && d.RecordedAt < to);
    }

    private Expression<Func<CaseMilestones, bool>> HasEducationKnown()
    {
        var to = query.To;
        return c => c.EducationStatus != null || db.EducationEvents.Any(e => e.ChildId == c.ChildId && e.NotifiedAt != null && e.NotifiedAt < to);
    }

    /// <summary>Disruption measures recorded in the period.</summary>
    public IQueryable<DisruptionMeasureRecord> MeasuresRecorded()
    {
        var (from, to) = (query.From, query.To);
        var measures = db.DisruptionMeasures.AsNoTracking().Where(d => d.RecordedAt >= from && d.RecordedAt < to);
        if (query.Agency is { } agency)
        {
            measures = measures.Where(d => d.Agency == agency);
        }

        if (query.Workflow is not null || query.RiskLevel is not null)
        {
            var cases = Cases;
            measures = measures.Where(d => cases.Any(c => c.CaseId == d.CaseId));
        }

        return measures;
    }

    /// <summary>
    /// Contacts received in the period that the front door has decided, or that are still undecided
    /// past their deadline: those count as late, so a backlog never flatters the figure.
    /// </summary>
    public IQueryable<CaseMilestones> ReferralDecisions()
    {
        var (from, to, now) = (query.From, query.To, query.Now);
        return Cases.Where(c => c.OpenedAt >= from && c.OpenedAt < to
            && (c.ReferralDecidedAt != null || (c.ReferralDeadline != null && c.ReferralDeadline < now)));
    }

    public IQueryable<CaseMilestones> FirstMaceInPeriod()
    {
        var (from, to) = (query.From, query.To);
        return Cases.Where(c => c.FirstMaceDiscussionAt >= from && c.FirstMaceDiscussionAt < to);
    }

    /// <summary>Exclusions whose first day is in the period.</summary>
    public IQueryable<EducationEvent> Exclusions()
    {
        var (first, last) = (query.Period.First, query.Period.Last);
        var events = db.EducationEvents.AsNoTracking().Where(e => e.ExclusionDate >= first && e.ExclusionDate <= last);
        if (Filtered)
        {
            var cases = Cases;
            events = events.Where(e => cases.Any(c => c.CaseId == e.CaseId));
        }

        return events;
    }

    /// <summary>Exclusions counted for day 6: provision started, or day 6 has passed.</summary>
    public IQueryable<EducationEvent> ExclusionsDue()
    {
        var today = query.Today;
        return Exclusions().Where(e => e.ProvisionStartDate != null || e.ProvisionDueBy < today);
    }

    /// <summary>Missing-episode tracks started in the period, past their 72 hours or with the interview held.</summary>
    public IQueryable<CaseMilestones> ReturnInterviews()
    {
        // The due time is the start plus a fixed 72 hours, so a range on it finds the same tracks by its own index.
        var (from, to, now, dueBefore) = (query.From, query.To, query.Now, query.To.AddHours(sources.ReturnInterviewHours));
        return Cases.Where(c => c.ReturnInterviewDueAt >= from && c.ReturnInterviewDueAt < dueBefore && c.OpenedAt >= from && c.OpenedAt < to
            && (c.ReturnInterviewHeldAt != null || c.ReturnInterviewDueAt <= now));
    }

    /// <summary>Referrals (not tracks) received in the period.</summary>
    public IQueryable<CaseMilestones> Referrals()
    {
        var (from, to) = (query.From, query.To);
        return Cases.Where(c => c.ParentCaseId == null && c.OpenedAt >= from && c.OpenedAt < to);
    }

    public IQueryable<CaseMilestones> ReReferrals() =>
        Referrals().Where(c => db.Milestones.Any(p => p.ChildKey == c.ChildKey && p.ParentCaseId == null
            && p.OpenedAt < c.OpenedAt && p.OpenedAt >= c.ReReferralWindowFrom));

    /// <summary>Tasks open now.</summary>
    public IQueryable<Tasks.TaskRecord> OpenTasks()
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => Active.Contains(t.Status));
        if (query.Agency is { } agency)
        {
            tasks = tasks.Where(t => t.Agency == agency);
        }

        if (query.Workflow is not null || query.RiskLevel is not null)
        {
            var cases = Cases;
            tasks = tasks.Where(t => cases.Any(c => c.CaseId == t.CaseId));
        }

        return tasks;
    }

    /// <summary>Escalations resolved in the period by a person or by the task ending (not passed up).</summary>
    public IQueryable<Core.Escalation.TaskEscalation> ResolvedEscalations()
    {
        var (from, to) = (query.From, query.To);
        var escalations = db.Escalations.AsNoTracking().Where(e => e.ResolvedAt >= from && e.ResolvedAt < to
            && !(e.Resolution != null && e.Resolution.StartsWith("Passed up")));
        if (query.Agency is { } agency)
        {
            escalations = escalations.Where(e => e.TargetAgency == agency);
        }

        if (query.Workflow is not null || query.RiskLevel is not null)
        {
            var cases = Cases;
            escalations = escalations.Where(e => cases.Any(c => c.CaseId == e.CaseId));
        }

        return escalations;
    }
}
