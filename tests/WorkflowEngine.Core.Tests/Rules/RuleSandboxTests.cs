using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Tests.Rules;

public sealed class RuleSandboxTests
{
    private readonly RuleSetValidator _validator = new(TestRules.Reference);

    public static TheoryData<string> EscapeAttempts() =>
    [
        "facts.GetType().Assembly.Location != \"\"",
        "task.GetType().Assembly.Location != \"\"",
        "facts.GetType().Name == \"x\"",
        "facts.riskLevel.GetType().Assembly.FullName != \"\"",
        "typeof(System.IO.File) != null",
        "System.IO.File.Exists(\"/etc/passwd\")",
        "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"",
        "System.IO.Directory.GetFiles(\"/\").Length > 0",
        "System.Diagnostics.Process.Start(\"sh\") != null",
        "System.Environment.GetEnvironmentVariable(\"PATH\") != \"\"",
        "Environment.Exit(1) == null",
        "System.Activator.CreateInstance(\"x\", \"y\") != null",
        "AppDomain.CurrentDomain.BaseDirectory != \"\"",
        "System.Reflection.Assembly.Load(\"System\") != null",
        "Type.GetType(\"System.IO.File\") != null",
        "facts.riskLevel.GetType().GetMethod(\"Clone\") != null",
        "DateTime.Now.Year > 2000",
        "DateTime.UtcNow > DateTime.MinValue",
        "DateTime.Today.Day > 0",
        "Convert.ChangeType(facts.riskLevel, typeof(int)) != null",
        "new System.Net.WebClient() != null",
        "new DateTime(2020, 1, 1) < DateTime.MaxValue",
        "facts.disruptionMeasures.Clear() == null",
        "facts.disruptionMeasures.Remove(\"x\")",
        "facts.riskLevel.Insert(0, \"x\") != \"\"",
        "string.Format(\"{0}\", facts.riskLevel) != \"\"",
        "facts.riskLevel.GetHashCode() > 0",
        "facts.ToString() != \"\"",
        "GC.GetTotalMemory(false) > 0",
        "System.Threading.Thread.Sleep(1000) == null",
        "Console.ReadLine() != \"\"",
        "System.Runtime.InteropServices.Marshal.SizeOf(1) > 0",
        "facts.disruptionMeasures.ToArray().Length > 0",
        "Guid.NewGuid() != Guid.Empty",
        "Math.Sqrt(facts.missingEpisodes) > 1",
    ];

    [Theory]
    [MemberData(nameof(EscapeAttempts))]
    public void An_escape_attempt_in_a_rule_expression_is_refused_naming_the_rule(string expression)
    {
        var errors = _validator.Validate(TestRules.RuleSet("escape", expression));

        var error = Assert.Single(errors);
        Assert.Equal("$.Rules[0].Expression", error.Path);
        Assert.StartsWith("Rule 'the-rule' in rule set 'escape'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.GetType().Assembly.Location")]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\")")]
    [InlineData("DateTime.Now")]
    [InlineData("System.Environment.MachineName")]
    public void An_escape_attempt_in_a_local_value_a_shared_value_or_an_output_is_refused(string escape)
    {
        var inLocal = _validator.Validate(TestRules.RuleSet("escape", "true", localParam: escape));
        var inGlobal = _validator.Validate(TestRules.RuleSet("escape", "true", globalParam: escape));
        var inOutput = _validator.Validate(TestRules.RuleSet("escape", "true", output: escape));

        Assert.Equal("$.Rules[0].LocalParams[0].Expression", Assert.Single(inLocal).Path);
        Assert.Equal("$.GlobalParams[0].Expression", Assert.Single(inGlobal).Path);
        Assert.Equal("$.Rules[0].Actions.OnSuccess.Context.Expression", Assert.Single(inOutput).Path);
        Assert.StartsWith("Shared value 'shared' in rule set 'escape'", inGlobal[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_known_GetType_hole_is_refused_with_a_plain_message()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("escape", "facts.GetType().Assembly.Location != \"\"")));

        Assert.Equal(
            "Rule 'the-rule' in rule set 'escape' uses 'GetType', which rule expressions may not use. Rules may only read case facts and use simple text, number, date and list operations.",
            error.Message);
    }

    [Theory]
    [InlineData("facts.missingEpisodes * 2 + (facts.carryingWeapons ? 3 : 0) >= 5")]
    [InlineData("facts.disruptionMeasures.Count > 0 || !string.IsNullOrWhiteSpace(facts.noMeasureReason)")]
    [InlineData("facts.disruptionMeasures.Count > 0 || facts.noMeasureReason.Trim().Length > 0")]
    [InlineData("facts.riskLevel == \"significant\"")]
    [InlineData("facts.disruptionMeasures.Contains(\"child-abduction-warning-notice\")")]
    [InlineData("facts.disruptionMeasures.Any(m => m.StartsWith(\"nrm\"))")]
    [InlineData("facts.dateOfBirth != null && facts.dateOfBirth.Value.Year > 2008")]
    [InlineData("task.key == \"screen\" && facts.referrerAgency.ToLower() == \"police\"")]
    [InlineData("Math.Max(facts.missingEpisodes, 1) > 0 && facts.score >= 2.5")]
    public void Legitimate_expressions_pass(string expression)
    {
        Assert.Empty(_validator.Validate(TestRules.RuleSet("fine", expression)));
    }

    [Fact]
    public void An_expression_naming_an_unknown_fact_is_refused_naming_the_fact()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("typo", "facts.missingEpisode > 2")));

        Assert.Equal(
            ("rule.unknown-fact", "Rule 'the-rule' in rule set 'typo' reads 'facts.missingEpisode', which is not in the fact catalogue. Check the spelling against reference/facts.json."),
            (error.Code, error.Message));
    }

    [Fact]
    public void An_expression_that_does_not_parse_is_refused_with_the_parser_message()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("broken", "facts.missingEpisodes >")));

        Assert.Equal("rule.does-not-parse", error.Code);
        Assert.StartsWith("Rule 'the-rule' in rule set 'broken' does not make sense: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_is_not_a_yes_no_test_is_refused()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("sum", "facts.missingEpisodes + 1")));

        Assert.Equal("Rule 'the-rule' in rule set 'sum' must be a yes/no test, but its expression gives Int64.", error.Message);
    }

    [Fact]
    public void A_rule_set_whose_name_differs_from_its_file_is_refused()
    {
        var error = Assert.Single(_validator.Validate(TestRules.RuleSet("front-door", "true"), expectedKey: "front-door-routing"));

        Assert.Equal("The rule set is called 'front-door' but its file is 'front-door-routing.json'. Make them the same.", error.Message);
    }
}
