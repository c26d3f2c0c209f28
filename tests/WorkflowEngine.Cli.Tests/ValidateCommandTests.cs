namespace WorkflowEngine.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_shipped_repository_validates_clean_with_exit_0()
    {
        var (exit, output, _) = await CliRun.RunAsync("validate", PartnershipFolder.RepositoryRoot);

        Assert.Equal(0, exit);
        Assert.Equal("No problems in 13 workflow, rule set and examples files, or in reference/.\n", output);
    }

    [Fact]
    public async Task A_broken_expression_and_an_unknown_fact_are_each_reported_with_file_and_path_and_exit_1()
    {
        using var folder = new PartnershipFolder();
        folder.Edit("rules/front-door-routing.json", "\"facts.urgent == true\"", "\"facts.urgent == \"");
        folder.Edit("rules/disruption-plan-closure.json", "facts.disruptionMeasures.Count > 0", "facts.disruptionMeasurez.Count > 0");

        var (exit, output, _) = await CliRun.RunAsync("validate", folder.Root);

        Assert.Equal(1, exit);
        Assert.Contains("rules/disruption-plan-closure.json at $.Rules[0].Expression: Rule 'measure-or-reason' in rule set 'disruption-plan-closure' reads 'facts.disruptionMeasurez', which is not in the fact catalogue. Check the spelling against reference/facts.json.\n", output, StringComparison.Ordinal);
        Assert.Contains("rules/front-door-routing.json at $.Rules[0].Expression: Rule 'urgent-risk' in rule set 'front-door-routing' does not make sense:", output, StringComparison.Ordinal);
        Assert.EndsWith("2 problems found.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_examples_file_naming_an_unknown_fact_is_a_problem_of_that_file()
    {
        using var folder = new PartnershipFolder();
        folder.Edit("rules/front-door-routing.examples.json", "\"facts\": { \"urgent\": true }", "\"facts\": { \"urgnet\": true }");

        var (exit, output, _) = await CliRun.RunAsync("validate", folder.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith("rules/front-door-routing.examples.json at $.examples[0].facts.urgnet: Example 'Immediate risk goes straight to a strategy discussion': 'urgnet' is not a fact the partnership records.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_partnerships_is_bad_usage_with_exit_2()
    {
        var empty = Directory.CreateTempSubdirectory("cli-empty-");
        try
        {
            var (exit, _, error) = await CliRun.RunAsync("validate", empty.FullName);

            Assert.Equal(2, exit);
            Assert.Equal($"{empty.FullName} is not a partnership's folder: it needs workflows/, rules/, reference/ beside each other (the repository root has them).\n", error);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task An_unknown_command_or_a_missing_argument_is_bad_usage_with_exit_2()
    {
        var (unknown, _, unknownError) = await CliRun.RunAsync("frobnicate");
        var (missing, _, missingError) = await CliRun.RunAsync("validate");

        Assert.Equal((2, 2), (unknown, missing));
        Assert.Contains("Run with --help to see the commands and their arguments.", unknownError, StringComparison.Ordinal);
        Assert.Contains("Run with --help", missingError, StringComparison.Ordinal);
    }
}
