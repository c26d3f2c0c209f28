using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using RulesEngine.Models;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// Parses every expression of a rule set (shared values, local values, rule expressions, outputs)
/// with the same Dynamic LINQ parser RulesEngine uses, and checks each parsed tree against the
/// <see cref="ExpressionAllowList"/>. Nothing runs before this passes.
/// </summary>
internal sealed partial class RuleSetSandbox(FactShape shape)
{
    private const string Advice = "Rules may only read case facts and use simple text, number, date and list operations.";

    public IReadOnlyList<ValidationError> Check(Workflow workflow)
    {
        var errors = new List<ValidationError>();
        var set = workflow.WorkflowName;
        var scope = new List<ParameterExpression> { Expression.Parameter(shape.FactsType, "facts"), Expression.Parameter(shape.TaskType, "task") };
        var index = 0;
        foreach (var param in workflow.GlobalParams ?? [])
        {
            var where = $"Shared value '{param.Name}' in rule set '{set}'";
            AddScoped(scope, param, where, $"$.GlobalParams[{index++}].Expression", errors);
        }

        index = 0;
        foreach (var rule in workflow.Rules ?? [])
        {
            CheckRule(rule, set, $"$.Rules[{index++}]", [.. scope], errors);
        }

        return errors;
    }

    private static void CheckRule(Rule rule, string set, string path, List<ParameterExpression> scope, List<ValidationError> errors)
    {
        var name = $"Rule '{rule.RuleName}' in rule set '{set}'";
        var index = 0;
        foreach (var param in rule.LocalParams ?? [])
        {
            AddScoped(scope, param, $"{name} (local value '{param.Name}')", $"{path}.LocalParams[{index++}].Expression", errors);
        }

        if (rule.Rules?.Any() == true)
        {
            var nested = 0;
            foreach (var child in rule.Rules)
            {
                CheckRule(child, set, $"{path}.Rules[{nested++}]", [.. scope], errors);
            }
        }
        else
        {
            var parsed = Parse(rule.Expression, scope, name, $"{path}.Expression", errors);
            if (parsed is not null && parsed.ReturnType != typeof(bool))
            {
                errors.Add(new("rule.not-a-test", $"{path}.Expression", $"{name} must be a yes/no test, but its expression gives {parsed.ReturnType.Name}."));
            }
        }

        foreach (var (action, label) in new[] { (rule.Actions?.OnSuccess, "OnSuccess"), (rule.Actions?.OnFailure, "OnFailure") })
        {
            if (action?.Context is not null && action.Context.TryGetValue("Expression", out var text) && text is string expression)
            {
                Parse(expression, scope, $"{name} (its output)", $"{path}.Actions.{label}.Context.Expression", errors);
            }
        }
    }

    private static void AddScoped(List<ParameterExpression> scope, ScopedParam param, string where, string path, List<ValidationError> errors)
    {
        var parsed = Parse(param.Expression, scope, where, path, errors);
        if (parsed is not null)
        {
            scope.Add(Expression.Parameter(parsed.ReturnType, param.Name));
        }
    }

    private static LambdaExpression? Parse(string? text, List<ParameterExpression> scope, string where, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new("rule.empty-expression", path, $"{where} has no expression. Write the test it makes, for example facts.missingEpisodes > 2."));
            return null;
        }

        // Before anything recursive sees the text: a hostile expression must be refused, not overflow the stack.
        if (ExpressionLimits.Check(text, where, path) is { } overLimit)
        {
            errors.Add(overLimit);
            return null;
        }

        var factsType = scope[0].Type;
        var unknown = FactReference().Matches(text).Select(m => m.Groups[1].Value)
            .FirstOrDefault(name => factsType.GetProperty(name) is null);
        if (unknown is not null)
        {
            errors.Add(new("rule.unknown-fact", path, $"{where} reads 'facts.{unknown}', which is not in the fact catalogue. Check the spelling against reference/facts.json."));
            return null;
        }

        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(ParsingConfig.Default, [.. scope], null, text);
        }
        catch (Exception ex) when (ex is ParseException or InvalidOperationException or ArgumentException)
        {
            var refusedName = ForbiddenWord(text);
            errors.Add(refusedName is null
                ? new("rule.does-not-parse", path, $"{where} does not make sense: {ex.Message}")
                : new("rule.refused", path, $"{where} uses '{refusedName}', which rule expressions may not use. {Advice}"));
            return null;
        }

        var check = ExpressionAllowList.Check(lambda.Body);
        if (check.TooDeep)
        {
            errors.Add(new(ExpressionLimits.TooComplexCode, path, $"{where} is too complicated to check. Split it into simpler rules or shared values."));
            return null;
        }

        if (check.Refused.Count > 0)
        {
            errors.Add(new("rule.refused", path, $"{where} uses '{string.Join("', '", check.Refused)}', which rule expressions may not use. {Advice}"));
            return null;
        }

        return lambda;
    }

    // Names worth calling out even when the parser rejects them first, so the message says why.
    private static readonly string[] ForbiddenWords = ["GetType", "typeof", "Assembly", "Reflection", "System.IO", "Process", "Environment", "Activator", "AppDomain", "Marshal"];

    private static string? ForbiddenWord(string text) => ForbiddenWords.FirstOrDefault(word => text.Contains(word, StringComparison.Ordinal));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfacts\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()")]
    private static partial System.Text.RegularExpressions.Regex FactReference();
}
