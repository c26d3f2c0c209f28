using System.Text.Json;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// A rule set checked by the validator and compiled once, to run many times: the examples, the
/// test bench's trials and a shadow run's past decisions all reuse one compiled copy.
/// </summary>
public sealed partial class CompiledRuleSet
{
    private readonly FactShape _shape;
    private readonly RulesEngine.RulesEngine _engine;

    private CompiledRuleSet(string key, FactShape shape, RulesEngine.RulesEngine engine, IReadOnlyList<string> factsRead)
    {
        Key = key;
        _shape = shape;
        _engine = engine;
        FactsRead = factsRead;
    }

    /// <summary>
    /// The facts the rule set's expressions name, in order. Expressions may read only facts and
    /// the task (the sandbox refuses anything else), so these facts and the task decide the result.
    /// </summary>
    public IReadOnlyList<string> FactsRead { get; }

    /// <summary>The rule set's key.</summary>
    public string Key { get; }

    /// <summary>
    /// Validates and compiles a rule set: the compiled rule set, or every problem the validator
    /// found (nothing runs that the sandbox refuses).
    /// </summary>
    public static (CompiledRuleSet? RuleSet, IReadOnlyList<ValidationError> Errors) Compile(RuleSetValidator validator, string content)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var errors = validator.Validate(content);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var workflow = RuleSetReader.Read(content);
        var factsRead = FactReference().Matches(content).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (new CompiledRuleSet(workflow.WorkflowName, validator.Shape, RuleEngineFactory.Create(workflow), factsRead), []);
    }

    /// <summary>Runs every rule on the inputs. A rule that faults is reported in <see cref="RuleRun.Fault"/>, never thrown.</summary>
    public async Task<RuleRun> RunAsync(RuleInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        object facts, task;
        System.Text.Json.Nodes.JsonObject seen;
        try
        {
            (facts, task, seen) = _shape.Build(inputs, Key);
        }
        catch (RuleSetFaultException unreadable)
        {
            return new RuleRun(null, null, null, false, [], [], unreadable.Message);
        }

        var results = await _engine.ExecuteAllRulesAsync(Key, RuleEngineFactory.Parameters(facts, task), cancellationToken);
        var outcomes = results.Select(r => new RuleOutcome(r.Rule.RuleName, r.IsSuccess, r.IsSuccess ? null : r.Rule.ErrorMessage)).ToList();
        var fault = results.FirstOrDefault(RuleEngineFactory.Faulted);
        if (fault is not null)
        {
            return new RuleRun(null, null, null, false, seen, outcomes,
                $"Rule '{fault.Rule.RuleName}' could not run on these facts: {fault.ExceptionMessage ?? fault.ActionResult?.Exception?.Message}");
        }

        var fired = results.FirstOrDefault(r => r.IsSuccess);
        var output = fired?.ActionResult?.Output is { } value ? JsonSerializer.SerializeToNode(value) : null;
        return new RuleRun(fired?.Rule.RuleName, fired?.Rule.SuccessEvent, output, results.TrueForAll(r => r.IsSuccess), seen, outcomes, null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfacts\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial System.Text.RegularExpressions.Regex FactReference();

    /// <summary>The names of the rule set's top-level rules, in order.</summary>
    internal static IReadOnlyList<string> RuleNames(string content) =>
        RuleSetReader.Read(content).Rules?.Select(r => r.RuleName).ToList() ?? [];
}
