using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>The test bench of a rule set: its examples on the published version and the draft, and a form to try facts.</summary>
/// <param name="Key">The rule set.</param>
/// <param name="Published">The latest published version, if any.</param>
/// <param name="Draft">The draft, if any.</param>
/// <param name="Examples">Every example with its result on each version.</param>
/// <param name="ExampleProblems">Why the stored examples could not be read, if they could not.</param>
/// <param name="FactFields">The form's fields for the facts the rule set reads.</param>
/// <param name="AsksTask">Whether the rule set reads the task (so the form asks for its key and stage).</param>
/// <param name="Form">What was posted (task, the example's name and expectation).</param>
/// <param name="Trial">What each version made of the facts just tried, if any.</param>
/// <param name="CanSave">Whether the viewer may save examples (leads and admins).</param>
/// <param name="IsGuard">Whether the rule set is a guard (its rules have no decisions): examples expect it to pass or refuse.</param>
/// <param name="Decisions">The decisions its rules can make, for the expectation's choices.</param>
/// <param name="RecentDecisions">Recent decisions on cases the viewer may see, to start an example from.</param>
/// <param name="Message">What just happened, e.g. the example saved.</param>
public sealed record BenchPage(
    string Key,
    StoredDocument? Published,
    StoredDocument? Draft,
    IReadOnlyList<BenchExampleRow> Examples,
    IReadOnlyList<ValidationError> ExampleProblems,
    IReadOnlyList<FieldView> FactFields,
    bool AsksTask,
    BenchForm Form,
    (RuleRun? Published, RuleRun? Draft)? Trial,
    bool CanSave,
    bool IsGuard,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<PastDecisionChoice> RecentDecisions,
    string? Message)
{
    /// <summary>The choices of the expected decision: each decision, then "no rule fires".</summary>
    public IReadOnlyList<ChoiceOption> DecisionChoices => IsGuard
        ? [new("true", "The rules pass"), new("false", "The rules refuse")]
        : [.. Decisions.Select(d => new ChoiceOption(d, d)), new(BenchForm.NoRule, "No rule fires")];
}
