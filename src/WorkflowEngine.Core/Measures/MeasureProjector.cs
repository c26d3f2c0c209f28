using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Measures;

/// <summary>
/// Writes the measures' records for a change: the case's milestones and education event (rebuilt
/// from the case as it now stands) and the disruption measures and intelligence submissions of
/// the tasks the command completed. They are saved in the command's own transaction. A rebuild
/// (<see cref="ProjectAll"/>) projects the records of every completed task instead.
/// </summary>
internal sealed class MeasureProjector(IDueTimeCalculator clock, MeasureSources sources)
{
    /// <summary>The records a change writes: the milestones and education event as the case now stands, and those of the tasks completed now.</summary>
    public CaseMeasureRecords Project(ICaseView state, string calendar, IEnumerable<CaseTask> completedNow)
    {
        var records = new CaseMeasureRecords
        {
            CaseId = state.Id, CaseVersion = state.Version, Milestones = Milestones(state, calendar), Education = Education(state, calendar),
        };
        foreach (var task in completedNow)
        {
            AddRecords(records.DisruptionMeasures, records.IntelligenceSubmissions, state, task);
        }

        return records;
    }

    /// <summary>Every measure record of the case as it now stands, from all its completed tasks (the rebuild).</summary>
    public CaseMeasureRecords ProjectAll(ICaseView state, string calendar)
    {
        var records = new CaseMeasureRecords
        {
            CaseId = state.Id, CaseVersion = state.Version, Milestones = Milestones(state, calendar), Education = Education(state, calendar),
        };
        foreach (var task in state.Tasks.Where(t => t.Status == CaseTaskStatus.Completed && t.ClosedAt is not null))
        {
            AddRecords(records.DisruptionMeasures, records.IntelligenceSubmissions, state, task);
        }

        return records;
    }

    /// <summary>The key that recognises the same child on a later, separate referral.</summary>
    public static string ChildKey(ChildDetails child)
    {
        if (!string.IsNullOrWhiteSpace(child.Reference))
        {
            return "ref:" + child.Reference.Trim().ToUpperInvariant();
        }

        var name = string.Join(' ', child.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return "name:" + name + "|" + child.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private CaseMilestones Milestones(ICaseView state, string calendar)
    {
        var done = state.Tasks.Where(t => t.Status == CaseTaskStatus.Completed && t.ClosedAt is not null).OrderBy(t => t.ClosedAt).ToList();
        var decision = done.FirstOrDefault(t => t.TaskKey == sources.ReferralDecisionTask);
        var hasDecisionTask = state.Tasks.Any(t => t.TaskKey == sources.ReferralDecisionTask);
        var education = Text(state.Facts, sources.EducationStatusFact);
        return new CaseMilestones
        {
            CaseId = state.Id,
            ChildId = state.ChildId,
            ChildKey = ChildKey(state.Child),
            ParentCaseId = state.ParentCaseId,
            WorkflowKey = state.WorkflowKey,
            OpenedAt = state.OpenedAt,
            ClosedAt = state.ClosedAt,
            RiskLevel = Text(state.Facts, sources.RiskLevelFact),
            InvolvedAgencies = "|" + string.Concat(state.InvolvedAgencies.Select(a => a + "|")),
            ReferralDecidedAt = decision?.ClosedAt,
            ReferralDeadline = hasDecisionTask
                ? clock.ComputeDue(new DueSpec { WorkingDays = sources.ReferralDecisionWorkingDays, From = DueAnchor.CaseOpened }, calendar,
                    new DueAnchors(state.ReceivedAt, state.ReceivedAt, state.ReceivedAt))
                : null,
            FirstMaceDiscussionAt = done.FirstOrDefault(t => t.TaskKey == sources.MaceDiscussionTask)?.ClosedAt,
            EducationStatus = education == sources.UnknownEducationStatus ? null : education,
            NrmConsideredAt = done.FirstOrDefault(t => t.TaskKey == sources.NrmReferralTask)?.ClosedAt,
            ReturnInterviewDueAt = state.Tasks.Any(t => t.TaskKey == sources.ReturnInterviewTask) ? state.ReceivedAt.AddHours(sources.ReturnInterviewHours) : null,
            ReReferralWindowFrom = state.OpenedAt.AddDays(-365),
            ReturnInterviewHeldAt = done.FirstOrDefault(t => t.TaskKey == sources.ReturnInterviewTask && t.Outcome == sources.ReturnInterviewHeldOutcome)?.ClosedAt,
        };
    }

    private EducationEvent? Education(ICaseView state, string calendar)
    {
        var notice = state.Tasks.FirstOrDefault(t => t.TaskKey == sources.ExclusionNotificationTask);
        if (notice is null)
        {
            return null;
        }

        var notified = notice.Status == CaseTaskStatus.Completed ? notice : null;
        var provision = state.Tasks.FirstOrDefault(t => sources.ProvisionTasks.Contains(t.TaskKey) && t.Status == CaseTaskStatus.Completed);
        var excluded = Date(notified?.Data, sources.ExclusionDateField);
        var started = Date(provision?.Data, sources.ProvisionStartField);
        var schoolDays = clock.HasCalendar(sources.SchoolCalendar) ? sources.SchoolCalendar : calendar;
        var provisionDue = notified is not null && notified.Outcome != sources.ShortSuspensionOutcome;
        return new EducationEvent
        {
            CaseId = state.Id,
            ChildId = state.ChildId,
            ParentCaseId = state.ParentCaseId,
            Kind = notified is null ? null : notified.Outcome == sources.PermanentExclusionOutcome ? "permanent-exclusion" : "suspension",
            ExclusionDate = excluded,
            NotifiedAt = notified?.ClosedAt,
            ProvisionDueBy = provisionDue && excluded is { } day ? SchoolDay(day, sources.ProvisionWorkingDays, schoolDays) : null,
            ProvisionStartDate = started,
            SchoolDaysOut = excluded is { } from && started is { } to ? SchoolDaysBefore(from, to, schoolDays) : null,
        };
    }

    // Day 1 is the first day of exclusion (or the next school day); day 6 is 5 school days later.
    private DateOnly SchoolDay(DateOnly first, int days, string calendar)
    {
        var facts = new JsonObject { ["first"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var anchor = new DateTimeOffset(first.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var due = clock.ComputeDue(new DueSpec { WorkingDays = days, FromDate = "first" }, calendar, new DueAnchors(anchor, anchor, anchor, facts));
        return DateOnly.FromDateTime(clock.ToLocal(due, calendar));
    }

    // School days from the first day (inclusive) to the start of provision (exclusive).
    private int SchoolDaysBefore(DateOnly first, DateOnly start, string calendar)
    {
        var count = 0;
        while (count < 366 && SchoolDay(first, count, calendar) < start)
        {
            count++;
        }

        return count;
    }

    private void AddRecords(List<DisruptionMeasureRecord> disruption, List<IntelligenceSubmission> intelligence, ICaseView state, CaseTask task)
    {
        var at = task.ClosedAt!.Value;
        if (task.Data?[sources.DisruptionMeasuresField] is JsonArray measures)
        {
            foreach (var measure in measures.Select(m => m?.GetValue<string>()).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                disruption.Add(new DisruptionMeasureRecord
                {
                    Id = Guid.CreateVersion7(at), CaseId = state.Id, TaskId = task.Id, Agency = task.Agency, Measure = measure, RecordedAt = at,
                });
                if (measure == sources.IntelligenceMeasure)
                {
                    intelligence.Add(new IntelligenceSubmission
                    {
                        Id = Guid.CreateVersion7(at), CaseId = state.Id, TaskId = task.Id, ChildId = state.ChildId,
                        SubmittingAgency = task.Agency, SubmittedBy = task.ClosedBy ?? string.Empty, SubmittedTo = "police", SubmittedAt = at,
                    });
                }
            }
        }

        if (task.TaskKey == sources.IntelligenceOutcomeTask)
        {
            intelligence.Add(new IntelligenceSubmission
            {
                Id = Guid.CreateVersion7(at), CaseId = state.Id, TaskId = task.Id, ChildId = state.ChildId,
                SubmittingAgency = Text(task.Data, sources.SubmittingAgencyField) ?? string.Empty,
                SubmittedBy = Text(task.Data, sources.SubmittedByField) ?? string.Empty,
                SubmittedTo = task.Agency, SubmittedAt = state.OpenedAt, PoliceOutcome = task.Outcome, OutcomeRecordedAt = at,
            });
        }
    }

    private static string? Text(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static DateOnly? Date(JsonObject? data, string key) =>
        Text(data, key) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
