using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Panels;

namespace WorkflowEngine.Web.Api.Panels;

/// <summary>A panel sitting: when it sits, its minutes' status, attendance, agenda and corrections.</summary>
public sealed record SittingResponse(
    DateOnly Date,
    DateTimeOffset StartsAt,
    DateTimeOffset AgendaClosesAt,
    string Status,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmedBy,
    IReadOnlyList<AttendeeResponse> Attendance,
    IReadOnlyList<AgendaItemResponse> Agenda,
    IReadOnlyList<MinutesCorrection> Corrections)
{
    /// <summary>The response for a sitting, with the summaries the caller was shown.</summary>
    public static SittingResponse From(PanelSitting sitting, PanelSchedule schedule, IReadOnlyDictionary<Guid, PanelCaseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(summaries);
        return new SittingResponse(sitting.Date, schedule.StartOn(sitting.Date), schedule.AgendaDeadlineFor(sitting.Date), StatusWord(sitting.Status),
            sitting.ConfirmedAt, sitting.ConfirmedBy,
            [.. sitting.Attendance.Select(a => new AttendeeResponse(a.Agency, a.Name, a.Apologies))],
            [.. sitting.Agenda.Select(i => new AgendaItemResponse(i.CaseId, i.ChildName, i.ScreeningRisk, summaries.GetValueOrDefault(i.CaseId),
                i.Notes, i.AgreedRisk, i.AgreedBy, i.AgreedAt, [.. i.Actions.Select(a => new ActionResponse(a.Agency, a.Text, a.DueOn, a.RecordedBy))]))],
            sitting.Corrections);
    }

    /// <summary>A status as the API spells it.</summary>
    public static string StatusWord(SittingStatus status) => status == SittingStatus.Confirmed ? "confirmed" : "open";
}
