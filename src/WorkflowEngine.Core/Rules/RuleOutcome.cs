namespace WorkflowEngine.Core.Rules;

/// <summary>How one rule came out.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Succeeded">Whether its expression was true.</param>
/// <param name="Message">The rule's ErrorMessage when it did not succeed, or the evaluation error.</param>
public sealed record RuleOutcome(string Rule, bool Succeeded, string? Message);
