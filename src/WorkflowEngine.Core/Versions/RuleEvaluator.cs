using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Models;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Runs the latest published version of a rule set. Each version is checked against the sandbox
/// and compiled once, then cached; a fault is thrown, never read as "no rule fired".
/// </summary>
public sealed class RuleEvaluator : IRuleEvaluator
{
    private readonly IDocumentReader _documents;
    private readonly RuleSetValidator _validator;
    private readonly ConcurrentDictionary<(string Key, int Version), CompiledRuleSet> _compiled = new();

    /// <summary>Creates the evaluator.</summary>
    public RuleEvaluator(IDocumentReader documents, ReferenceData reference)
    {
        _documents = documents;
        _validator = new RuleSetValidator(reference);
    }

    /// <inheritdoc />
    public Task<RuleDecision> DecideAsync(string ruleSetKey, RuleInputs inputs, CancellationToken cancellationToken = default) =>
        DecideAsync(ruleSetKey, inputs, new PublishedVersionSnapshot(), cancellationToken);

    /// <inheritdoc />
    public async Task<RuleDecision> DecideAsync(string ruleSetKey, RuleInputs inputs, PublishedVersionSnapshot versions, CancellationToken cancellationToken = default)
    {
        var (compiled, results, seen) = await RunAsync(ruleSetKey, inputs, versions, cancellationToken);
        var fired = results.FirstOrDefault(r => r.IsSuccess);
        var output = fired?.ActionResult?.Output is { } value ? JsonSerializer.SerializeToNode(value) : null;
        return new RuleDecision(ruleSetKey, compiled.Version, fired?.Rule.RuleName, fired?.Rule.SuccessEvent, output, seen, Outcomes(results))
        {
            Values = Values(results),
        };
    }

    /// <inheritdoc />
    public Task<GuardResult> CheckGuardAsync(string ruleSetKey, RuleInputs inputs, CancellationToken cancellationToken = default) =>
        CheckGuardAsync(ruleSetKey, inputs, new PublishedVersionSnapshot(), cancellationToken);

    /// <inheritdoc />
    public async Task<GuardResult> CheckGuardAsync(string ruleSetKey, RuleInputs inputs, PublishedVersionSnapshot versions, CancellationToken cancellationToken = default)
    {
        var (compiled, results, seen) = await RunAsync(ruleSetKey, inputs, versions, cancellationToken);
        return new GuardResult(ruleSetKey, compiled.Version, results.TrueForAll(r => r.IsSuccess), seen, Outcomes(results));
    }

    internal int CompiledCount => _compiled.Count;

    private async Task<(CompiledRuleSet Compiled, List<RuleResultTree> Results, JsonObject Seen)> RunAsync(string key, RuleInputs inputs, PublishedVersionSnapshot versions, CancellationToken cancellationToken)
    {
        // Only the version number is read, once per command; each version is compiled once.
        ArgumentNullException.ThrowIfNull(versions);
        var version = await versions.GetLatestAsync(_documents, DocumentKind.RuleSet, key, cancellationToken)
            ?? throw RuleSetFaultException.NotPublishedFault(key);
        if (!_compiled.TryGetValue((key, version), out var compiled))
        {
            var document = await _documents.GetAsync(DocumentKind.RuleSet, key, version, cancellationToken)
                ?? throw new RuleSetFaultException(key, null, $"Rule set '{key}' version {version} is not stored.");
            compiled = _compiled.GetOrAdd((key, version), _ => Compile(document));
        }

        var (facts, task, seen) = _validator.Shape.Build(inputs, key);
        var results = await compiled.Engine.ExecuteAllRulesAsync(key, RuleEngineFactory.Parameters(facts, task), cancellationToken);
        var fault = results.FirstOrDefault(RuleEngineFactory.Faulted);
        if (fault is not null)
        {
            throw new RuleSetFaultException(key, fault.Rule.RuleName,
                $"Rule '{fault.Rule.RuleName}' in rule set '{key}' version {version} failed: {fault.ExceptionMessage ?? fault.ActionResult?.Exception?.Message}");
        }

        return (compiled, results, seen);
    }

    private CompiledRuleSet Compile(StoredDocument document)
    {
        var workflow = RuleSetReader.Read(document.Content);
        var problems = _validator.CheckForUse(workflow);
        if (problems.Count > 0)
        {
            throw new RuleSetFaultException(document.Key, null,
                $"Rule set '{document.Key}' version {document.Version} was refused by the sandbox: {string.Join(" ", problems.Select(p => p.Message))}");
        }

        return new CompiledRuleSet(document.Version, RuleEngineFactory.Create(workflow));
    }

    /// <summary>The global parameters' values, which RulesEngine hands each rule alongside the inputs.</summary>
    private static JsonObject Values(List<RuleResultTree> results)
    {
        var values = new JsonObject();
        foreach (var (name, value) in results.FirstOrDefault()?.Inputs ?? [])
        {
            if (name is RuleEngineFactory.FactsName or RuleEngineFactory.TaskName)
            {
                continue;
            }

            JsonNode? node = value switch
            {
                long or int or decimal or double or bool or string => JsonValue.Create(value),
                _ => null,
            };
            if (node is not null)
            {
                values[name] = node;
            }
        }

        return values;
    }

    private static List<RuleOutcome> Outcomes(List<RuleResultTree> results) =>
        results.Select(r => new RuleOutcome(r.Rule.RuleName, r.IsSuccess, r.IsSuccess ? null : r.Rule.ErrorMessage)).ToList();

    private sealed record CompiledRuleSet(int Version, RulesEngine.RulesEngine Engine);
}
