using System.Net;
using Xunit.Abstractions;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>The rule-set and workflow endpoints with generated documents, facts and expressions.</summary>
public sealed class DefinitionFuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    [Fact]
    public async Task Validating_any_rule_set_reports_its_problems_without_failing()
    {
        var tally = new StatusTally();
        await FuzzRun.ForEachAsync(DefinitionPayloads.RuleSet, FuzzRun.Share(0.5), async body =>
            await ApiContract.CheckAsync(await host.PostRawAsync("/api/rulesets/validate", body), tally, HttpStatusCode.OK, HttpStatusCode.BadRequest),
            nameof(Validating_any_rule_set_reports_its_problems_without_failing));
        output.WriteLine(tally.ToString());
    }

    [Fact]
    public async Task Evaluating_a_rule_set_on_any_facts_decides_or_names_the_fact_at_fault()
    {
        var tally = new StatusTally();
        await FuzzRun.ForEachAsync(DefinitionPayloads.Evaluate, FuzzRun.Share(0.5), async body =>
            await ApiContract.CheckAsync(await host.PostRawAsync("/api/rulesets/exploitation-screening/evaluate", body), tally, HttpStatusCode.OK, HttpStatusCode.BadRequest),
            nameof(Evaluating_a_rule_set_on_any_facts_decides_or_names_the_fact_at_fault));
        output.WriteLine(tally.ToString());
    }

    [Fact]
    public async Task Validating_any_workflow_draft_reports_its_problems_without_failing()
    {
        var tally = new StatusTally();
        await FuzzRun.ForEachAsync(DefinitionPayloads.Workflow, FuzzRun.Share(0.5), async body =>
            await ApiContract.CheckAsync(await host.PostRawAsync("/api/workflows/validate", body), tally, HttpStatusCode.OK, HttpStatusCode.BadRequest),
            nameof(Validating_any_workflow_draft_reports_its_problems_without_failing));
        output.WriteLine(tally.ToString());
    }

    /// <summary>
    /// 5,000 levels of parentheses in a rule. Expected to crash the test host with a stack overflow
    /// until the expression depth limit lands (see docs/reliability.md); never weakened or skipped.
    /// </summary>
    [Fact]
    public async Task Deeply_nested_expressions_are_refused_with_400()
    {
        var expression = new string('(', 5000) + "facts.missingEpisodes > 1" + new string(')', 5000);
        var body = $$"""{"WorkflowName":"deeply-nested","Rules":[{"RuleName":"deep","Expression":{{Hostile.Quote(expression)}},"RuleExpressionType":"LambdaExpression"}]}""";
        var documents = host.Store.DocumentCount();

        var response = await host.PostRawAsync("/api/rulesets/deeply-nested/drafts", body);

        Assert.Equal(HttpStatusCode.BadRequest, await ApiContract.CheckAsync(response, new StatusTally(), HttpStatusCode.BadRequest));
        Assert.Equal(documents, host.Store.DocumentCount());
    }
}
