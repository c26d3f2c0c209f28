using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Rules;

public sealed class RuleEvaluatorTests
{
    private const string Screening = """
        { "WorkflowName": "screening",
          "GlobalParams": [ { "Name": "score", "Expression": "facts.missingEpisodes * 2 + (facts.carryingWeapons ? 3 : 0)" } ],
          "Rules": [
            { "RuleName": "high", "Expression": "score >= 7", "SuccessEvent": "mace-referral", "ErrorMessage": "Score below 7.", "RuleExpressionType": "LambdaExpression",
              "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "\"experiencing\"" } } } },
            { "RuleName": "medium", "Expression": "score >= 3", "SuccessEvent": "mace-referral", "ErrorMessage": "Score below 3.", "RuleExpressionType": "LambdaExpression",
              "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "\"significant\"" } } } } ] }
        """;

    private readonly InMemoryDocumentStore _documents = new(new FakeTimeProvider());
    private readonly RuleEvaluator _evaluator;

    public RuleEvaluatorTests() => _evaluator = new RuleEvaluator(_documents, TestRules.Reference);

    [Fact]
    public async Task The_first_rule_that_succeeds_fires_with_its_event_and_output_and_every_rule_is_reported()
    {
        await _documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening, "h", "test");

        var decision = await _evaluator.DecideAsync("screening", new RuleInputs(new JsonObject { ["missingEpisodes"] = 1, ["carryingWeapons"] = true }));

        Assert.Equal(("screening", 1, "medium", "mace-referral", "significant"), (decision.RuleSet, decision.Version, decision.FiredRule, decision.Event, decision.Output!.GetValue<string>()));
        Assert.Equal([("high", false, "Score below 7."), ("medium", true, null)], decision.Rules.Select(r => (r.Rule, r.Succeeded, r.Message)));
        Assert.Equal(1L, decision.Inputs["facts"]!["missingEpisodes"]!.GetValue<long>());
        Assert.Equal(string.Empty, decision.Inputs["facts"]!["riskLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_no_rule_succeeds_nothing_fires()
    {
        await _documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening, "h", "test");

        var decision = await _evaluator.DecideAsync("screening", new RuleInputs([]));

        Assert.Equal((null, null, null), (decision.FiredRule, decision.Event, decision.Output));
    }

    [Fact]
    public async Task A_guard_passes_only_when_every_rule_succeeds_and_reports_the_failing_messages()
    {
        await _documents.PublishAsync(DocumentKind.RuleSet, "closure", TestRules.RuleSet("closure", "facts.disruptionMeasures.Count > 0"), "h", "test");

        var failed = await _evaluator.CheckGuardAsync("closure", new RuleInputs([]));
        var passed = await _evaluator.CheckGuardAsync("closure", new RuleInputs(new JsonObject { ["disruptionMeasures"] = new JsonArray("cawn") }));

        Assert.Equal((false, "Not met."), (failed.Passed, Assert.Single(failed.Rules).Message));
        Assert.True(passed.Passed);
    }

    [Fact]
    public async Task A_stored_rule_set_that_escapes_the_sandbox_is_never_run()
    {
        await _documents.PublishAsync(DocumentKind.RuleSet, "sneaky", TestRules.RuleSet("sneaky", "facts.GetType().Assembly.Location != \"\""), "h", "test");

        var fault = await Assert.ThrowsAsync<RuleSetFaultException>(() => _evaluator.DecideAsync("sneaky", new RuleInputs([])));

        Assert.StartsWith("Rule set 'sneaky' version 1 was refused by the sandbox: Rule 'the-rule' in rule set 'sneaky' uses 'GetType'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpublished_rule_set_is_a_fault_not_a_silent_no()
    {
        var fault = await Assert.ThrowsAsync<RuleSetFaultException>(() => _evaluator.DecideAsync("missing", new RuleInputs([])));

        Assert.Equal("The rule set 'missing' has no published version, so the engine cannot decide with it.", fault.Message);
        Assert.True(fault.NotPublished);
    }

    [Fact]
    public async Task A_version_is_compiled_once_and_a_new_version_is_compiled_again()
    {
        await _documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening, "h", "test");
        await _evaluator.DecideAsync("screening", new RuleInputs([]));
        await _evaluator.DecideAsync("screening", new RuleInputs([]));
        Assert.Equal(1, _evaluator.CompiledCount);

        await _documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening.Replace("score >= 7", "score >= 9", StringComparison.Ordinal), "h2", "test");
        var decision = await _evaluator.DecideAsync("screening", new RuleInputs(new JsonObject { ["missingEpisodes"] = 4 }));

        Assert.Equal((2, 2, "medium"), (_evaluator.CompiledCount, decision.Version, decision.FiredRule));
    }
}
