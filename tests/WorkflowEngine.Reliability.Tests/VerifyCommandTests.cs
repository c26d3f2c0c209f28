using WorkflowEngine.Web.Tests;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// <c>workflow-engine verify &lt;database&gt;</c> on a real database (the web app's, with its demo
/// cases): clean, then with one journal entry edited by SQL, then misused.
/// </summary>
public sealed class VerifyCommandTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public VerifyCommandTests(WebAppFactory app) => _app = app;

    private string Database => Path.Combine(_app.Folder, "workflow.db");

    [Fact]
    public async Task Verify_finds_exactly_the_entry_edited_in_the_database_and_exits_1()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Verify Command Child");
        var clean = await BuiltProgram.RunAsync(BuiltProgram.Cli, "verify", Database);
        Assert.True(clean.ExitCode == 0, $"Exit {clean.ExitCode}: {clean.Output}{clean.Error}");
        Assert.StartsWith("Every journal is intact:", clean.Output, StringComparison.Ordinal);

        JournalTampering.Edit(Database, caseId, sequence: 3);
        var (exitCode, output, error) = await BuiltProgram.RunAsync(BuiltProgram.Cli, "verify", Database);

        Assert.True(exitCode == 1, $"Exit {exitCode}: {output}{error}");
        var broken = Assert.Single(output.Split('\n'), line => line.StartsWith("Case ", StringComparison.Ordinal));
        Assert.StartsWith($"Case {caseId}: entry 3 (", broken, StringComparison.Ordinal);
        Assert.EndsWith("Entry 3 has been altered since it was written.", broken.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("1 of ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_of_a_missing_file_is_bad_usage_and_creates_nothing()
    {
        var missing = Path.Combine(_app.Folder, "no-such.db");

        var (exitCode, _, error) = await BuiltProgram.RunAsync(BuiltProgram.Cli, "verify", missing);

        Assert.Equal(2, exitCode);
        Assert.Contains("There is no database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Verify_without_a_database_is_bad_usage()
    {
        var (exitCode, _, error) = await BuiltProgram.RunAsync(BuiltProgram.Cli, "verify");

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }
}
