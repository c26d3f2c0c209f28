namespace WorkflowEngine.Persistence.Panels;

/// <summary>A row of the PanelSittings table: one sitting of a panel on one date.</summary>
internal sealed class PanelSittingRecord
{
    public Guid Id { get; set; }

    public string PanelKey { get; set; } = string.Empty;

    public DateOnly SittingDate { get; set; }

    public string Status { get; set; } = string.Empty;

    public DateTimeOffset? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }

    public long Version { get; set; }

    public List<SittingAttendanceRecord> Attendance { get; set; } = [];

    public List<AgendaItemRecord> Agenda { get; set; } = [];

    public List<MinutesCorrectionRecord> Corrections { get; set; } = [];
}
