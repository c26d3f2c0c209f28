namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Who owns a task. Exactly one of <see cref="Agency"/>, <see cref="RuleSet"/> or
/// <see cref="ForEachAgencyIn"/> is set.
/// </summary>
public sealed record OwnerSpec
{
    /// <summary>Key of the owning agency, e.g. <c>childrens-social-care</c>.</summary>
    public string? Agency { get; init; }

    /// <summary>Role within the agency, e.g. <c>mash</c>; optional with any owner kind.</summary>
    public string? Role { get; init; }

    /// <summary>Key of a rule set whose fired rule's SuccessEvent names the owning agency.</summary>
    public string? RuleSet { get; init; }

    /// <summary>
    /// Name of a case fact holding a list of agency keys: the stage creates one task per agency
    /// (e.g. disruption actions agreed at the MACE panel).
    /// </summary>
    public string? ForEachAgencyIn { get; init; }
}
