using System.Text.Json;
using System.Text.RegularExpressions;
using RulesEngine.Models;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// Checks a rule-set file before it is stored or used: its shape, its names, every expression
/// against the sandbox, and finally a real compile and run on default facts. Every problem at once.
/// </summary>
public sealed partial class RuleSetValidator
{
    private readonly FactShape _shape;
    private readonly RuleSetSandbox _sandbox;

    /// <summary>Creates the validator for the partnership's fact catalogue.</summary>
    public RuleSetValidator(ReferenceData reference)
    {
        _shape = new FactShape(reference);
        _sandbox = new RuleSetSandbox(_shape);
    }

    internal FactShape Shape => _shape;

    /// <summary>Every problem with the rule-set JSON.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="expectedKey">The key it must have (its file name), if known.</param>
    public IReadOnlyList<ValidationError> Validate(string json, string? expectedKey = null)
    {
        Workflow workflow;
        try
        {
            workflow = RuleSetReader.Read(json);
        }
        catch (JsonException ex)
        {
            return [new("ruleset.invalid-json", "$", $"The rule set is not valid JSON or not in the RulesEngine format: {ex.Message}")];
        }

        var errors = CheckShape(workflow, expectedKey);
        if (errors.Count > 0)
        {
            return errors;
        }

        errors.AddRange(_sandbox.Check(workflow));
        return errors.Count > 0 ? errors : CompileErrors(workflow);
    }

    /// <summary>Checks a stored rule set before first use: shape and sandbox only (it was compiled when published).</summary>
    internal IReadOnlyList<ValidationError> CheckForUse(Workflow workflow) =>
        [.. CheckShape(workflow, null), .. _sandbox.Check(workflow)];

    private static List<ValidationError> CheckShape(Workflow workflow, string? expectedKey)
    {
        var errors = new List<ValidationError>();
        var name = workflow.WorkflowName;
        if (string.IsNullOrWhiteSpace(name) || !KebabCase().IsMatch(name))
        {
            errors.Add(new("ruleset.key", "$.WorkflowName", $"'{name}' is not a valid rule set name: use lower-case words joined by hyphens, like 'front-door-routing'."));
        }
        else if (expectedKey is not null && name != expectedKey)
        {
            errors.Add(new("ruleset.key-mismatch", "$.WorkflowName", $"The rule set is called '{name}' but its file is '{expectedKey}.json'. Make them the same."));
        }

        var rules = workflow.Rules?.ToList() ?? [];
        if (rules.Count == 0)
        {
            errors.Add(new("ruleset.no-rules", "$.Rules", "The rule set has no rules. Add at least one."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (string.IsNullOrWhiteSpace(rule.RuleName))
            {
                errors.Add(new("rule.no-name", $"$.Rules[{i}].RuleName", $"Rule {i + 1} has no name. Give every rule a short name, like 'urgent-risk'."));
            }
            else if (TextLimits.Check(rule.RuleName, TextLimits.RuleName, $"The name of rule {i + 1}", $"$.Rules[{i}].RuleName") is { } badName)
            {
                errors.Add(badName);
            }
            else if (!seen.Add(rule.RuleName))
            {
                errors.Add(new("rule.duplicate-name", $"$.Rules[{i}].RuleName", $"Two rules are called '{rule.RuleName}'. Give each rule its own name."));
            }

            // The editor states these limits beside each box; the same numbers are refused here.
            var description = rule.Properties is { } properties && properties.TryGetValue("description", out var said) ? said?.ToString() : null;
            ValidationError?[] overLimit =
            [
                TextLimits.Check(description, TextLimits.RuleDescription, $"What rule {i + 1} is for", $"$.Rules[{i}].Properties.description"),
                TextLimits.Check(rule.SuccessEvent, TextLimits.RuleDecision, $"What rule {i + 1} decides", $"$.Rules[{i}].SuccessEvent"),
                TextLimits.Check(rule.ErrorMessage, TextLimits.RuleMessage, $"The message of rule {i + 1} when it does not hold", $"$.Rules[{i}].ErrorMessage"),
            ];
            errors.AddRange(overLimit.OfType<ValidationError>());

            if (rule.RuleExpressionType != RuleExpressionType.LambdaExpression)
            {
                errors.Add(new("rule.expression-type", $"$.Rules[{i}].RuleExpressionType", $"Rule '{rule.RuleName}' must use RuleExpressionType 'LambdaExpression'."));
            }
        }

        return errors;
    }

    private List<ValidationError> CompileErrors(Workflow workflow)
    {
        var (facts, task, _) = _shape.Build(new RuleInputs([]), workflow.WorkflowName);
        var engine = RuleEngineFactory.Create(workflow);
        var results = engine.ExecuteAllRulesAsync(workflow.WorkflowName, RuleEngineFactory.Parameters(facts, task)).AsTask().GetAwaiter().GetResult();
        var rules = workflow.Rules.ToList();
        return results
            .Select((r, i) => (Result: r, Index: i))
            .Where(x => RuleEngineFactory.Faulted(x.Result))
            .Select(x => new ValidationError("rule.does-not-compile", $"$.Rules[{rules.FindIndex(r => r.RuleName == x.Result.Rule.RuleName)}]",
                $"Rule '{x.Result.Rule.RuleName}' in rule set '{workflow.WorkflowName}' does not make sense: {x.Result.ExceptionMessage ?? x.Result.ActionResult?.Exception?.Message}"))
            .ToList();
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
