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
/// <param name="FormText">A one-line form answer when its field sets no <c>maxLength</c> (<c>FormField.AnswerLimit</c>).</param>
/// <param name="FormLongText">A several-line form answer when its field sets no <c>maxLength</c>; a text fact on a contact.</param>
/// <param name="Expression">A rule's condition, output or named value (<see cref="Core.Rules.ExpressionLimits"/>).</param>
/// <param name="DefinitionKey">A key or identifier in a workflow file.</param>
/// <param name="DefinitionName">A name, title or label in a workflow file.</param>
/// <param name="DefinitionText">A description, guidance or hint in a workflow file.</param>
public sealed record DesignerTextLimits(int RuleName, int RuleDescription, int RuleDecision, int RuleMessage, int FormText, int FormLongText,
    int Expression, int DefinitionKey, int DefinitionName, int DefinitionText)
{
    /// <summary>The engine's limits.</summary>
    public static DesignerTextLimits Engine { get; } = new(TextLimits.RuleName, TextLimits.RuleDescription, TextLimits.RuleDecision, TextLimits.RuleMessage,
        TextLimits.FormText, TextLimits.FormLongText, Core.Rules.ExpressionLimits.MaxLength, TextLimits.DefinitionKey, TextLimits.DefinitionName, TextLimits.DefinitionText);
}
