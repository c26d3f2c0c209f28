namespace WorkflowEngine.Core.Reference;

/// <summary>
/// A condition an entry of a reference list carries in law or policy, e.g. a Child Abduction Warning
/// Notice applies only to a child under 16, or under 18 in care. Recording the entry for a case that
/// does not meet it is refused, or, when the condition is advisory, accepted once the person
/// acknowledges the warning.
/// </summary>
/// <param name="Text">The condition in words, as a lead would say it.</param>
/// <param name="AnyOf">The ways the case can meet it (any one will do); none means the engine cannot check
/// it (e.g. "needs a court order"), so it is always shown and, being advisory, acknowledged.</param>
/// <param name="Advisory">Accepted with an acknowledged warning instead of refused.</param>
public sealed record ItemCondition(string Text, IReadOnlyList<ConditionClause>? AnyOf = null, bool Advisory = false)
{
    /// <summary>The clauses, never null.</summary>
    public IReadOnlyList<ConditionClause> Clauses => AnyOf ?? [];
}
