namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Where a form field's starting answer comes from: a case fact, so a screening form starts from
/// what the referrer ticked. The worker sees it filled in and may change it; nothing is recorded
/// until the task is completed.
/// </summary>
public sealed record FieldDefault
{
    /// <summary>The key of the case fact (from the fact catalogue) whose value the field starts with.</summary>
    public required string Fact { get; init; }
}
