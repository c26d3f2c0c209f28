using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>
/// The limits the editors state beside their boxes, read from Core's <see cref="TextLimits"/> (the
/// numbers the validators refuse), so the front end never keeps copies of its own.
/// </summary>
/// <param name="RuleName">A rule's name.</param>
/// <param name="RuleDescription">What a rule is for.</param>
/// <param name="RuleDecision">What a rule decides.</param>
/// <param name="RuleMessage">A rule's message when it does not hold.</param>
public sealed record DesignerTextLimits(int RuleName, int RuleDescription, int RuleDecision, int RuleMessage)
{
    /// <summary>The engine's limits.</summary>
    public static DesignerTextLimits Engine { get; } = new(TextLimits.RuleName, TextLimits.RuleDescription, TextLimits.RuleDecision, TextLimits.RuleMessage);
}
