namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>A recent decision of the rule set on a case the viewer may see, offered as the start of an example.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reference">The case's reference.</param>
/// <param name="ChildName">The child's name (the viewer may see the case).</param>
/// <param name="DecidedAt">When the rule set decided.</param>
/// <param name="Was">What it decided.</param>
public sealed record PastDecisionChoice(Guid CaseId, string Reference, string ChildName, DateTimeOffset DecidedAt, string Was)
{
    /// <summary>The instant in the address that picks this decision.</summary>
    public long At => DecidedAt.UtcTicks;
}
