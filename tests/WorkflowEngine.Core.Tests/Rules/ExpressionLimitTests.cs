using System.Text;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Tests.Rules;

/// <summary>
/// Hostile expressions that once ended the process (a stack overflow in the parser or the
/// allow-list walk) are refused by a cheap scan before anything parses them, naming the rule.
/// </summary>
public sealed class ExpressionLimitTests
{
    private readonly RuleSetValidator _validator = new(TestRules.Reference);

    internal static string NestedParentheses(int bytes)
    {
        var depth = (bytes - 4) / 2;
        return new string('(', depth) + "true" + new string(')', depth);
    }

    internal static string AndChain(int terms) =>
        new StringBuilder("true").Insert(4, " && true", terms - 1).ToString();

    internal static string Huge(int bytes) =>
        new StringBuilder("facts.missingEpisodes > ").Append('1', bytes - 24).ToString();

    [Fact]
    public void Ten_kilobytes_of_nested_parentheses_are_refused_as_too_long_naming_the_rule()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", NestedParentheses(10_000))));

        Assert.Equal(("rule.expression-too-long", "$.Rules[0].Expression"), (error.Code, error.Path));
        Assert.Equal(
            "Rule 'the-rule' in rule set 'hostile' is too long (10,000 characters; at most 4,000). Split it into simpler rules or shared values.",
            error.Message);
    }

    [Fact]
    public void Nested_parentheses_within_the_length_are_refused_as_too_deeply_nested_naming_the_rule()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", NestedParentheses(3_000))));

        Assert.Equal(("rule.expression-too-deep", "$.Rules[0].Expression"), (error.Code, error.Path));
        Assert.Equal(
            "Rule 'the-rule' in rule set 'hostile' is too deeply nested (more than 32 brackets inside each other). Split it into simpler rules.",
            error.Message);
    }

    [Fact]
    public void Twenty_thousand_and_terms_are_refused_as_too_long_before_the_allow_list_walks_them()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", AndChain(20_000))));

        Assert.Equal(("rule.expression-too-long", "$.Rules[0].Expression"), (error.Code, error.Path));
        Assert.StartsWith("Rule 'the-rule' in rule set 'hostile' is too long (159,996 characters; at most 4,000).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_expression_with_too_many_operators_is_refused_as_too_complicated()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", new string('!', 3_000) + "true")));

        Assert.Equal(("rule.expression-too-complex", "$.Rules[0].Expression"), (error.Code, error.Path));
        Assert.Equal(
            "Rule 'the-rule' in rule set 'hostile' is too complicated (3,000 operators; at most 400). Split it into simpler rules or shared values.",
            error.Message);
    }

    [Fact]
    public void A_megabyte_expression_is_refused_as_too_long_in_a_shared_value_a_local_value_and_an_output()
    {
        var huge = Huge(1_100_000);

        var inRule = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", huge)));
        var inGlobal = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", "true", globalParam: huge)));
        var inLocal = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", "true", localParam: huge)));
        var inOutput = Assert.Single(_validator.Validate(TestRules.RuleSet("hostile", "true", output: huge)));

        Assert.All([inRule, inGlobal, inLocal, inOutput], e => Assert.Equal("rule.expression-too-long", e.Code));
        Assert.Equal("$.GlobalParams[0].Expression", inGlobal.Path);
        Assert.Equal("$.Rules[0].LocalParams[0].Expression", inLocal.Path);
        Assert.Equal("$.Rules[0].Actions.OnSuccess.Context.Expression", inOutput.Path);
    }

    [Theory]
    [InlineData("facts.riskLevel == \"((((((((((((((((((((((((((((((((((((\"")]
    [InlineData("facts.riskLevel != \"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\"")]
    [InlineData("(((((((((((((((((((((((((((((((true)))))))))))))))))))))))))))))))")]
    public void Brackets_and_operators_inside_text_do_not_count_and_thirty_one_levels_are_allowed(string expression)
    {
        Assert.Empty(_validator.Validate(TestRules.RuleSet("fine", expression)));
    }

    [Fact]
    public void Every_shipped_rule_set_is_well_inside_the_limits()
    {
        var validator = new RuleSetValidator(WorkflowEngine.Core.Reference.ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.json").Where(f => !f.EndsWith(".examples.json", StringComparison.Ordinal)))
        {
            Assert.Empty(validator.Validate(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
        }
    }

    [Fact]
    public void The_allow_list_walk_stops_at_a_tree_too_deep_for_its_limit_instead_of_overflowing()
    {
        // Built directly, past the text scan, as a rule compiled by an older version might be.
        System.Linq.Expressions.Expression body = System.Linq.Expressions.Expression.Constant(true);
        for (var i = 0; i < 100_000; i++)
        {
            body = System.Linq.Expressions.Expression.AndAlso(body, System.Linq.Expressions.Expression.Constant(true));
        }

        var check = ExpressionAllowList.Check(body);

        Assert.True(check.TooDeep);
    }
}
