namespace WorkflowEngine.Core.Panels;

/// <summary>
/// One sitting of a panel on one date (from the panel calendar): its agenda, attendance, the
/// discussion of each case, the actions agreed, and whether the chair confirmed the minutes.
/// </summary>
public sealed class PanelSitting
{
    /// <summary>The sitting.</summary>
    public required Guid Id { get; init; }

    /// <summary>The panel's key, e.g. <c>mace-panel</c>.</summary>
    public required string PanelKey { get; init; }

    /// <summary>The date it sits.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Open, or its minutes confirmed and locked.</summary>
    public SittingStatus Status { get; set; }

    /// <summary>When the chair confirmed the minutes.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The chair who confirmed them.</summary>
    public string? ConfirmedBy { get; set; }

    /// <summary>The stored version (0 before the first save); a save on an older version is a conflict.</summary>
    public long Version { get; set; }

    /// <summary>Who attended and who sent apologies.</summary>
    public List<Attendee> Attendance { get; init; } = [];

    /// <summary>The cases on the agenda.</summary>
    public List<AgendaItem> Agenda { get; init; } = [];

    /// <summary>Corrections recorded after the minutes were confirmed.</summary>
    public List<MinutesCorrection> Corrections { get; init; } = [];

    /// <summary>Whether the minutes are locked.</summary>
    public bool IsLocked => Status == SittingStatus.Confirmed;

    /// <summary>A sitting nothing has been recorded for yet.</summary>
    public static PanelSitting New(string panelKey, DateOnly date) => new() { Id = Guid.NewGuid(), PanelKey = panelKey, Date = date };
}
