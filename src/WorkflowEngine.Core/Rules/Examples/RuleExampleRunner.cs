using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>
/// Runs a rule set's examples: each example's facts through the compiled rules, compared with what
/// it expects. Publishing refuses a rule set any of whose examples fails; the test bench shows each.
/// </summary>
public sealed class RuleExampleRunner
{
    private readonly RuleSetValidator _validator;
    private readonly ReferenceData _reference;

    /// <summary>Creates the runner for the partnership's fact catalogue.</summary>
    public RuleExampleRunner(RuleSetValidator validator, ReferenceData reference)
    {
        _validator = validator;
        _reference = reference;
    }

    /// <summary>Compiles a rule set for repeated runs; null with every problem when it is not valid.</summary>
    public (CompiledRuleSet? RuleSet, IReadOnlyList<ValidationError> Errors) Compile(string content) => CompiledRuleSet.Compile(_validator, content);

    /// <summary>Reads and checks an examples file against the fact catalogue.</summary>
    public RuleExamplesReadResult Read(string examplesJson, string? ruleSet = null) => RuleExamplesReader.Read(examplesJson, _reference, ruleSet);

    /// <summary>Runs every example against a compiled rule set, in file order.</summary>
    public static async Task<IReadOnlyList<ExampleResult>> RunAsync(CompiledRuleSet ruleSet, RuleExampleSet examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(examples);
        var results = new List<ExampleResult>(examples.Examples.Count);
        for (var i = 0; i < examples.Examples.Count; i++)
        {
            var example = examples.Examples[i];
            var run = await ruleSet.RunAsync(new RuleInputs((System.Text.Json.Nodes.JsonObject)example.Facts.DeepClone(), example.TaskKey, example.StageKey), cancellationToken);
            results.Add(new ExampleResult(i, example, run, Failure(example, run)));
        }

        return results;
    }

    /// <summary>
    /// The publish gate: every problem with the examples file, or one problem per failing example
    /// (code <c>example.fails</c>, path <c>$.examples[i]</c>). Empty when there are no examples or all pass.
    /// </summary>
    /// <param name="content">The rule set, already valid.</param>
    /// <param name="examplesJson">Its examples file, or null when it has none.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<ValidationError>> CheckAsync(string content, string? examplesJson, CancellationToken cancellationToken = default)
    {
        if (examplesJson is null)
        {
            return [];
        }

        var (compiled, errors) = Compile(content);
        if (compiled is null)
        {
            return errors;
        }

        var read = Read(examplesJson, compiled.Key);
        if (read.Set is null)
        {
            return read.Errors;
        }

        var results = await RunAsync(compiled, read.Set, cancellationToken);
        return [.. results.Where(r => !r.Passed).Select(r => new ValidationError("example.fails", r.Path, r.Failure!))];
    }

    /// <summary>Why the run does not match the example, or null when it does.</summary>
    public static string? Failure(RuleExample example, RuleRun run)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(run);
        var name = $"Example '{example.Name}'";
        if (run.Fault is not null)
        {
            return $"{name} could not run: {run.Fault}";
        }

        var expect = example.Expect;
        if (expect.Passes is { } passes && run.Passes != passes)
        {
            var refusedBy = run.Rules.FirstOrDefault(r => !r.Succeeded);
            return passes
                ? $"{name} expected the rules to pass but rule '{refusedBy?.Rule}' refused: {refusedBy?.Message}"
                : $"{name} expected the rules to refuse but every rule passed.";
        }

        if (!expect.ChecksDecision)
        {
            return null;
        }

        var fired = run.FiredRule is null ? "no rule fired" : $"rule '{run.FiredRule}' fired";
        if (!string.Equals(expect.Decision, run.Decision, StringComparison.Ordinal))
        {
            var wanted = expect.Decision is null ? "no decision" : $"'{expect.Decision}'";
            var got = run.Decision is null ? "none" : $"'{run.Decision}'";
            return $"{name} expected decision {wanted} but got {got} ({fired}).";
        }

        if (expect.Output is not null && !string.Equals(expect.Output, run.OutputText, StringComparison.Ordinal))
        {
            return $"{name} expected output '{expect.Output}' but got {(run.OutputText is null ? "none" : $"'{run.OutputText}'")} ({fired}).";
        }

        if (expect.Rule is not null && !string.Equals(expect.Rule, run.FiredRule, StringComparison.Ordinal))
        {
            return $"{name} expected rule '{expect.Rule}' to fire but {fired}.";
        }

        return null;
    }
}
