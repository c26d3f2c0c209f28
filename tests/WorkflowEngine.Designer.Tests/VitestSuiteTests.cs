using System.Text.Json;

namespace WorkflowEngine.Designer.Tests;

/// <summary>
/// The designer's own unit tests (Vitest, on the model: JSON to graph to JSON, edits, the diff,
/// undo and redo), run by <c>dotnet test</c> so the one test command runs both suites.
/// </summary>
public sealed class VitestSuiteTests
{
    [Fact]
    public async Task Every_vitest_test_of_the_designers_model_passes()
    {
        await Npm.EnsureInstalledAsync();
        var report = Path.Combine(Path.GetTempPath(), $"vitest-{Guid.NewGuid():N}.json");
        try
        {
            // A failing suite exits non-zero; read the report either way so the failures are named.
            try
            {
                await Npm.RunAsync($"exec -- vitest run --reporter=json --outputFile={report}");
            }
            catch (InvalidOperationException) when (File.Exists(report))
            {
            }

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var tests = json.RootElement.GetProperty("testResults").EnumerateArray()
                .SelectMany(file => file.GetProperty("assertionResults").EnumerateArray())
                .Select(t => (Name: t.GetProperty("fullName").GetString()!, Status: t.GetProperty("status").GetString()!))
                .ToList();

            Assert.True(tests.Count > 0, "Vitest ran no tests.");
            var failed = tests.Where(t => t.Status != "passed").Select(t => $"{t.Name}: {t.Status}").ToList();
            Assert.True(failed.Count == 0, "Designer tests that did not pass:\n" + string.Join('\n', failed));

            // The round trip must cover every workflow the product ships, including ones added later.
            foreach (var workflow in DesignerFolder.ShippedWorkflows)
            {
                Assert.Contains(tests, t => t.Name.Contains($"'{workflow}' goes JSON to graph to JSON byte for byte", StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(report);
        }
    }
}
