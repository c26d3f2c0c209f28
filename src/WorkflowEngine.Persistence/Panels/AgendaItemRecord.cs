namespace WorkflowEngine.Persistence.Panels;

/// <summary>A row of the AgendaItems table: a case on a sitting's agenda and its discussion.</summary>
internal sealed class AgendaItemRecord
{
    public Guid Id { get; set; }

    public Guid SittingId { get; set; }

    public Guid CaseId { get; set; }

    public string ChildName { get; set; } = string.Empty;

    public string? ScreeningRisk { get; set; }

    public string AddedBy { get; set; } = string.Empty;

    public DateTimeOffset AddedAt { get; set; }

    public string? Notes { get; set; }

    public string? AgreedRisk { get; set; }

    public string? AgreedBy { get; set; }

    public DateTimeOffset? AgreedAt { get; set; }

    public List<PanelActionRecord> Actions { get; set; } = [];
}
