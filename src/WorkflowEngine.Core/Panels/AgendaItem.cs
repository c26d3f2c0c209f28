namespace WorkflowEngine.Core.Panels;

/// <summary>A case on a sitting's agenda, and what the panel recorded about it.</summary>
public sealed class AgendaItem
{
    /// <summary>The agenda entry.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case discussed.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The child's name, as the agenda lists it.</summary>
    public required string ChildName { get; init; }

    /// <summary>The risk level screening gave, which orders the agenda; null when screening gave none.</summary>
    public string? ScreeningRisk { get; init; }

    /// <summary>Who put it on the agenda.</summary>
    public required string AddedBy { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset AddedAt { get; init; }

    /// <summary>The discussion notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The risk level the panel agreed (a key of the <c>risk-levels</c> list).</summary>
    public string? AgreedRisk { get; set; }

    /// <summary>Who recorded the agreed risk level for the panel.</summary>
    public string? AgreedBy { get; set; }

    /// <summary>When the risk level was agreed.</summary>
    public DateTimeOffset? AgreedAt { get; set; }

    /// <summary>The actions agreed for the case.</summary>
    public List<PanelAction> Actions { get; init; } = [];
}
