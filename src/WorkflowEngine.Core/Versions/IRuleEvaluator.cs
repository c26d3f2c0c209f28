using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Versions;

/// <summary>Evaluates published rule sets against case facts.</summary>
public interface IRuleEvaluator
{
    /// <summary>
    /// Runs a decision or assignment rule set: the first rule (in file order) that succeeds fires;
    /// its SuccessEvent is the decision and its OnSuccess OutputExpression the output.
    /// </summary>
    Task<RuleDecision> DecideAsync(string ruleSetKey, RuleInputs inputs, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="DecideAsync(string, RuleInputs, CancellationToken)"/>, on the latest version as
    /// the command's <paramref name="versions"/> first read it.
    /// </summary>
    Task<RuleDecision> DecideAsync(string ruleSetKey, RuleInputs inputs, PublishedVersionSnapshot versions, CancellationToken cancellationToken = default);

    /// <summary>Runs a guard rule set: it passes when every enabled rule succeeds.</summary>
    Task<GuardResult> CheckGuardAsync(string ruleSetKey, RuleInputs inputs, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="CheckGuardAsync(string, RuleInputs, CancellationToken)"/>, on the latest version as
    /// the command's <paramref name="versions"/> first read it.
    /// </summary>
    Task<GuardResult> CheckGuardAsync(string ruleSetKey, RuleInputs inputs, PublishedVersionSnapshot versions, CancellationToken cancellationToken = default);
}
