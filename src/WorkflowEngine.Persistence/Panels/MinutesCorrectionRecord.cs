namespace WorkflowEngine.Persistence.Panels;

/// <summary>A row of the MinutesCorrections table: a correction recorded after the minutes were confirmed.</summary>
internal sealed class MinutesCorrectionRecord
{
    public Guid Id { get; set; }

    public Guid SittingId { get; set; }

    public Guid? CaseId { get; set; }

    public string Text { get; set; } = string.Empty;

    public string By { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
