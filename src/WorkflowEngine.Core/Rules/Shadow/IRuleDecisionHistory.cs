namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>The journal's past decisions of a rule set, read for a shadow run. Implemented by the persistence layer.</summary>
public interface IRuleDecisionHistory
{
    /// <summary>
    /// Every <c>rule.decided</c> journal entry of the rule set in the period (from inclusive, to
    /// exclusive), oldest first, streamed: a shadow run may read a hundred thousand.
    /// </summary>
    IAsyncEnumerable<PastRuleDecision> ReadAsync(string ruleSet, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
