using WorkflowEngine.Core.Panels;

namespace WorkflowEngine.Persistence.Panels;

/// <summary>Between a sitting (Core's model) and its rows.</summary>
internal static class PanelMapper
{
    public static PanelSitting ToSitting(PanelSittingRecord record)
    {
        var sitting = new PanelSitting
        {
            Id = record.Id,
            PanelKey = record.PanelKey,
            Date = record.SittingDate,
            Status = Enum.Parse<SittingStatus>(record.Status),
            ConfirmedAt = record.ConfirmedAt,
            ConfirmedBy = record.ConfirmedBy,
            Version = record.Version,
        };
        sitting.Attendance.AddRange(record.Attendance.OrderBy(a => a.Position).Select(a => new Attendee(a.Id, a.Agency, a.Name, a.Apologies)));
        sitting.Agenda.AddRange(record.Agenda.OrderBy(i => i.AddedAt).Select(i =>
        {
            var item = new AgendaItem
            {
                Id = i.Id,
                CaseId = i.CaseId,
                ChildName = i.ChildName,
                ScreeningRisk = i.ScreeningRisk,
                AddedBy = i.AddedBy,
                AddedAt = i.AddedAt,
                Notes = i.Notes,
                AgreedRisk = i.AgreedRisk,
                AgreedBy = i.AgreedBy,
                AgreedAt = i.AgreedAt,
            };
            item.Actions.AddRange(i.Actions.OrderBy(a => a.Position).Select(a => new PanelAction(a.Id, a.Agency, a.Text, a.DueOn, a.RecordedBy, a.RecordedAt)));
            return item;
        }));
        sitting.Corrections.AddRange(record.Corrections.OrderBy(c => c.At).Select(c => new MinutesCorrection(c.Id, c.CaseId, c.Text, c.By, c.At)));
        return sitting;
    }

    public static PanelSittingRecord ToRecord(PanelSitting sitting) => new()
    {
        Id = sitting.Id,
        PanelKey = sitting.PanelKey,
        SittingDate = sitting.Date,
        Status = sitting.Status.ToString(),
        ConfirmedAt = sitting.ConfirmedAt,
        ConfirmedBy = sitting.ConfirmedBy,
        Version = sitting.Version + 1,
        Attendance = AttendanceRows(sitting),
        Agenda = AgendaRows(sitting),
        Corrections = CorrectionRows(sitting),
    };

    public static List<SittingAttendanceRecord> AttendanceRows(PanelSitting sitting) =>
        [.. sitting.Attendance.Select((a, position) => new SittingAttendanceRecord
        {
            Id = a.Id, SittingId = sitting.Id, Position = position, Agency = a.Agency, Name = a.Name, Apologies = a.Apologies,
        })];

    public static List<AgendaItemRecord> AgendaRows(PanelSitting sitting) =>
        [.. sitting.Agenda.Select(i => new AgendaItemRecord
        {
            Id = i.Id,
            SittingId = sitting.Id,
            CaseId = i.CaseId,
            ChildName = i.ChildName,
            ScreeningRisk = i.ScreeningRisk,
            AddedBy = i.AddedBy,
            AddedAt = i.AddedAt,
            Notes = i.Notes,
            AgreedRisk = i.AgreedRisk,
            AgreedBy = i.AgreedBy,
            AgreedAt = i.AgreedAt,
            Actions = [.. i.Actions.Select((a, position) => new PanelActionRecord
            {
                Id = a.Id, AgendaItemId = i.Id, Position = position, Agency = a.Agency, Text = a.Text, DueOn = a.DueOn,
                RecordedBy = a.RecordedBy, RecordedAt = a.RecordedAt,
            })],
        })];

    public static List<MinutesCorrectionRecord> CorrectionRows(PanelSitting sitting) =>
        [.. sitting.Corrections.Select(c => new MinutesCorrectionRecord
        {
            Id = c.Id, SittingId = sitting.Id, CaseId = c.CaseId, Text = c.Text, By = c.By, At = c.At,
        })];
}
