namespace WorkflowEngine.Core.Panels;

/// <summary>
/// How a panel meets the workflow: which panel calendar it follows, the stages its cases wait in,
/// the chair's task its minutes complete, and the lists its risk levels and action agencies come from.
/// </summary>
public sealed record PanelBinding
{
    /// <summary>The MACE panel as the shipped CCE referral workflow runs it.</summary>
    public static PanelBinding Mace { get; } = new();

    /// <summary>The panel calendar's key (<c>reference/panels/</c>).</summary>
    public string PanelKey { get; init; } = "mace-panel";

    /// <summary>The workflow whose cases come to the panel.</summary>
    public string WorkflowKey { get; init; } = "cce-referral";

    /// <summary>The task that puts a case on the agenda; its completion time says which agenda it makes.</summary>
    public string AgendaTaskKey { get; init; } = "add-to-mace-agenda";

    /// <summary>The stages a case on the agenda is in before its minutes are confirmed.</summary>
    public IReadOnlyList<string> AgendaStages { get; init; } = ["awaiting-panel", "mace-discussion"];

    /// <summary>The chair's task the confirmed minutes complete.</summary>
    public string DiscussionTaskKey { get; init; } = "mace-discussion";

    /// <summary>The outcome when the panel agreed actions.</summary>
    public string PlanOutcome { get; init; } = "disruption-plan";

    /// <summary>The outcome when it agreed none.</summary>
    public string NoActionOutcome { get; init; } = "no-mace-action";

    /// <summary>The chair's form field for the agreed risk level.</summary>
    public string RiskField { get; init; } = "riskLevel";

    /// <summary>The chair's form field naming the agencies with actions (one disruption task each).</summary>
    public string AgenciesField { get; init; } = "disruptionAgencies";

    /// <summary>The task each action becomes.</summary>
    public string ActionTaskKey { get; init; } = "disruption-action";

    /// <summary>The choice list of risk levels, lowest first.</summary>
    public string RiskList { get; init; } = "risk-levels";

    /// <summary>The choice list of agencies that can own an action.</summary>
    public string AgencyList { get; init; } = "disruption-agencies";
}
