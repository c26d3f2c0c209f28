using System.Diagnostics;
using System.Globalization;
using WorkflowEngine.Load;

// The end-to-end load harness: runs the chosen workloads in one process, prints one Markdown
// table with ratios against this run's raw SQLite baseline, and writes JSON and Markdown.
// Exit codes: 0 all correct, 1 a correctness check failed, 2 bad arguments.
HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args, WorkloadCatalogue.Names);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(HarnessOptions.Usage);
    return 2;
}

var startedAt = DateTimeOffset.UtcNow;
var runId = startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + options.Mode;
var dataDirectory = Path.Combine(options.OutputDirectory, "data", runId);
Directory.CreateDirectory(dataDirectory);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var rows = new List<Measurement>();
var failures = new List<string>();
var total = Stopwatch.StartNew();
var context = new WorkloadContext(options, dataDirectory);
var selected = WorkloadCatalogue.All.Where(w => options.Workloads.Contains(w.Name, StringComparer.OrdinalIgnoreCase)).ToList();
if (selected.Count > 1 && selected[0].Name == WorkloadCatalogue.RawAgain.Name)
{
    selected.Add(WorkloadCatalogue.RawAgain);
}

foreach (var workload in selected)
{
    Console.Error.Write($"{workload.Name} ... ");
    var clock = Stopwatch.StartNew();
    try
    {
        var measured = await workload.RunAsync(context, cancel.Token);
        rows.AddRange(measured);
        Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:N1} s: " + string.Join("; ", measured.Select(m => $"{m.Sync} {m.Value:N1} {m.Unit}")));
    }
    catch (CorrectnessException ex)
    {
        failures.Add($"{workload.Name}: {ex.Message}");
        Console.Error.WriteLine("INCORRECT: " + ex.Message);
    }
    catch (Exception ex) when (ex is not OperationCanceledException)
    {
        failures.Add($"{workload.Name}: {ex.GetType().Name}: {ex.Message}");
        Console.Error.WriteLine("FAILED: " + ex);
    }
}

total.Stop();
WorkflowEngine.Load.Hosting.BenchPostgreSql.Stop();
Report.ComputeRatios(rows);
var report = new Report { Options = options, StartedAt = startedAt, Rows = rows, Failures = failures, TotalSeconds = total.Elapsed.TotalSeconds };
var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, $"load-{runId}.md"), markdown);
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, $"load-{runId}.json"), report.ToJson());
try
{
    Directory.Delete(dataDirectory, recursive: true);
}
catch (IOException)
{
    // Left behind under results/data/, which is ignored by git.
}

Console.Error.WriteLine(failures.Count == 0
    ? $"All workloads correct. Results in {options.OutputDirectory}"
    : $"{failures.Count} workload(s) failed their correctness checks.");
return failures.Count == 0 ? 0 : 1;
