using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Definitions;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Rules;

/// <summary>Every number the engine takes has a range, and rules never decide on a number outside it.</summary>
public sealed class NumberRangeTests
{
    private const string Screening = """
        { "WorkflowName": "screening",
          "GlobalParams": [ { "Name": "score", "Expression": "facts.missingEpisodes * 2" } ],
          "Rules": [ { "RuleName": "high", "Expression": "score >= 10", "SuccessEvent": "mace-referral", "ErrorMessage": "Below 10.", "RuleExpressionType": "LambdaExpression" } ] }
        """;

    [Theory]
    [InlineData("2147483647")]
    [InlineData("-5")]
    [InlineData("2147483648")]
    [InlineData("1e400")]
    public async Task A_fact_outside_its_range_is_a_fault_naming_the_fact_never_a_silent_decision(string value)
    {
        var documents = new InMemoryDocumentStore(new FakeTimeProvider());
        await documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening, "h", "test");
        var evaluator = new RuleEvaluator(documents, TestRules.Reference);

        var fault = await Assert.ThrowsAsync<RuleSetFaultException>(() =>
            evaluator.DecideAsync("screening", new RuleInputs(new JsonObject { ["missingEpisodes"] = JsonNode.Parse(value) })));

        Assert.Equal("missingEpisodes", fault.Fact);
        Assert.Contains("must be a whole number from 0 to 1,000", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whole_number_facts_reach_rules_as_64_bit_numbers_so_their_arithmetic_has_room()
    {
        var documents = new InMemoryDocumentStore(new FakeTimeProvider());
        await documents.PublishAsync(DocumentKind.RuleSet, "screening", Screening, "h", "test");
        var evaluator = new RuleEvaluator(documents, TestRules.Reference);

        var decision = await evaluator.DecideAsync("screening", new RuleInputs(new JsonObject { ["missingEpisodes"] = 1000 }));

        Assert.Equal("high", decision.FiredRule);
        Assert.Equal(1000L, decision.Inputs["facts"]!["missingEpisodes"]!.GetValue<long>());
    }

    [Fact]
    public void A_number_form_field_without_a_range_is_refused_in_words_a_lead_understands()
    {
        var definition = SampleWorkflow.WithTask("mace-discussion", "discuss-at-panel",
            t => t with { Form = [t.Form[0] with { Type = FormFieldType.Integer, Choices = [], ChoiceList = null }, .. t.Form.Skip(1)] });

        var errors = WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

        ValidationAssert.Single(
            errors,
            "field.no-range",
            "$.stages[3].tasks[0].form[0]",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' takes a number but does not say the smallest and largest answer allowed. Give it a minimum and a maximum, for example 0 and 1000 for a count.");
    }

    [Fact]
    public void A_number_form_field_whose_minimum_is_above_its_maximum_is_refused()
    {
        var definition = SampleWorkflow.WithTask("mace-discussion", "discuss-at-panel",
            t => t with { Form = [t.Form[0] with { Type = FormFieldType.Number, Choices = [], ChoiceList = null, Minimum = 10, Maximum = 1 }, .. t.Form.Skip(1)] });

        var errors = WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

        ValidationAssert.Single(
            errors,
            "field.range-order",
            "$.stages[3].tasks[0].form[0].minimum",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' has a minimum of 10 but a maximum of 1, so no answer would be allowed. Make the minimum the smaller one.");
    }

    [Fact]
    public void The_shipped_fact_catalogue_gives_every_number_fact_a_range()
    {
        var reference = Core.Reference.ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;

        Assert.All(reference.Facts.Where(f => f.IsNumber), f => Assert.NotNull(f.Range));
        Assert.Equal((0m, 25m), (reference.FactsByKey["ageYears"].Minimum!.Value, reference.FactsByKey["ageYears"].Maximum!.Value));
    }
}
