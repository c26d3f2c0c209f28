namespace WorkflowEngine.Core.Definitions;

/// <summary>An outcome a task can be completed with.</summary>
/// <param name="Key">Stable kebab-case key, e.g. <c>early-help</c>.</param>
/// <param name="Label">Text shown on the outcome choice, e.g. "Early Help".</param>
public sealed record OutcomeDefinition(string Key, string Label)
{
    /// <summary>
    /// A guard rule set that must pass, over the case's facts with this task's answers, before the task
    /// can be completed with this outcome (e.g. a disruption plan is confirmed only with a measure or
    /// the reason none was used). Its failing rules' messages are shown to the person.
    /// </summary>
    public string? Guard { get; init; }

    /// <summary>
    /// The agencies that must each sign off the task before it can be completed with this outcome
    /// (e.g. closing a MACE case needs the police and children's social care); empty when none.
    /// </summary>
    public IReadOnlyList<string> SignOff { get; init; } = [];
}
