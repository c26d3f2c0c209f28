namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>One journalled decision of a rule set, with the case it was made on.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="OccurredAt">When the decision was made.</param>
/// <param name="ChildName">The child's name (shown only to people who may see the case).</param>
/// <param name="InvolvedAgencies">The agencies that have or had a task on the case (need-to-know).</param>
/// <param name="Data">The journal entry's data as JSON: rule set, version, inputs, the rule that fired and its result.</param>
public sealed record PastRuleDecision(Guid CaseId, DateTimeOffset OccurredAt, string ChildName, IReadOnlyList<string> InvolvedAgencies, string Data);
