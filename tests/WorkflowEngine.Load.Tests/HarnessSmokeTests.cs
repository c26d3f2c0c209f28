namespace WorkflowEngine.Load.Tests;

/// <summary>
/// The load harness's short mode as a smoke check inside the test suite: every workload runs on a
/// few cases and must pass its own correctness checks (every case finished, counts right, no
/// timer fired twice). It asserts correctness, never time.
/// </summary>
public sealed class HarnessSmokeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "load-smoke-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Workloads() => [.. WorkloadCatalogue.Names];

    [Theory]
    [MemberData(nameof(Workloads))]
    public async Task Every_workload_is_correct_in_short_mode(string name)
    {
        Directory.CreateDirectory(_folder);
        var options = new HarnessOptions { Full = false, Cases = 20, InboxTasks = 5_000, Workloads = [name], OutputDirectory = _folder };
        var workload = WorkloadCatalogue.All.Single(w => w.Name == name);

        var rows = await workload.RunAsync(new WorkloadContext(options, _folder), CancellationToken.None);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.Count > 0, $"{row.Workload} measured nothing."));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
