namespace WorkflowEngine.Cli.Tests;

public sealed class TestAndShadowCommandTests
{
    [Fact]
    public async Task Every_shipped_example_passes_with_exit_0()
    {
        var (exit, output, _) = await CliRun.RunAsync("test", PartnershipFolder.RepositoryRoot);

        Assert.Equal(0, exit);
        Assert.Equal("All 43 examples of 4 rule sets pass.\n", output);
    }

    [Fact]
    public async Task A_rule_change_that_breaks_examples_reports_each_failure_with_exit_1()
    {
        using var folder = new PartnershipFolder();
        folder.Edit("rules/exploitation-screening.json", "score >= 10", "score >= 11");

        var (exit, output, _) = await CliRun.RunAsync("test", folder.Root);

        Assert.Equal(1, exit);
        Assert.Equal(
            """
            rules/exploitation-screening.examples.json at $.examples[6]: Example 'Score exactly 10 (five missing episodes) is experiencing' expected output 'experiencing' but got 'significant' (rule 'significant' fired).
            rules/exploitation-screening.examples.json at $.examples[7]: Example 'Excluded, out of education and disclosing, found out of area: score 10 is experiencing' expected output 'experiencing' but got 'significant' (rule 'significant' fired).
            2 of 43 examples failed.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            output);
    }

    [Fact]
    public async Task A_shadow_run_without_a_database_or_with_a_bad_date_is_bad_usage_with_exit_2()
    {
        var (exit, _, error) = await CliRun.RunAsync("shadow", "/nowhere/workflow.db", Path.Combine(PartnershipFolder.RepositoryRoot, "rules", "front-door-routing.json"), "--from", "1 March");

        Assert.Equal(2, exit);
        Assert.Equal("There is no database at /nowhere/workflow.db.\n--from must be a date like 2026-03-31, not '1 March'.\n", error);
    }
}
