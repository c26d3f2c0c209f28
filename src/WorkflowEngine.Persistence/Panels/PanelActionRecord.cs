namespace WorkflowEngine.Persistence.Panels;

/// <summary>A row of the PanelActions table: an action agreed for a case on the agenda.</summary>
internal sealed class PanelActionRecord
{
    public Guid Id { get; set; }

    public Guid AgendaItemId { get; set; }

    public int Position { get; set; }

    public string Agency { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateOnly DueOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}
