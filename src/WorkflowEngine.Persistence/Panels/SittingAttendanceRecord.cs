namespace WorkflowEngine.Persistence.Panels;

/// <summary>A row of the SittingAttendance table: someone present at a sitting, or their apologies.</summary>
internal sealed class SittingAttendanceRecord
{
    public Guid Id { get; set; }

    public Guid SittingId { get; set; }

    public int Position { get; set; }

    public string Agency { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool Apologies { get; set; }
}
