using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace WorkflowEngine.Load;

/// <summary>The run's results as one Markdown table (with ratios and targets) and as JSON.</summary>
public sealed class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public required HarnessOptions Options { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required IReadOnlyList<Measurement> Rows { get; init; }

    public required IReadOnlyList<string> Failures { get; init; }

    public required double TotalSeconds { get; init; }

    public string Commit { get; } = Git("rev-parse --short HEAD") + (Git("status --porcelain --untracked-files=no").Length > 0 ? " (with uncommitted changes)" : string.Empty);

    public long PeakWorkingSetBytes { get; } = Process.GetCurrentProcess().PeakWorkingSet64;

    public long GcHeapMaxBytes { get; } = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;

    public static void ComputeRatios(IReadOnlyList<Measurement> rows)
    {
        // The mean of the start and end measurements, as the disk's speed drifts during a run.
        var raw = rows.Where(r => r.Workload.StartsWith("raw SQLite", StringComparison.Ordinal))
            .GroupBy(r => r.Sync)
            .ToDictionary(g => g.Key, g => g.Average(r => r.Value));
        foreach (var row in rows)
        {
            if (row.Baseline is { } baseline && raw.TryGetValue(baseline, out var limit) && limit > 0)
            {
                row.Ratio = row.Value / limit;
            }
        }
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"## Load harness, {Options.Mode} mode, {StartedAt:yyyy-MM-dd HH:mm} UTC, commit {Commit}");
        md.AppendLine();
        md.AppendLine(Invariant, $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; N = {Options.Cases:N0}, workers = {Options.Workers}; total {TotalSeconds:N0} s.");
        md.AppendLine();
        md.AppendLine("| workload | sync | N | seconds | figure | unit | ratio to raw SQLite (mean of start and end) | alloc/op | what bounds it, notes |");
        md.AppendLine("|---|---|---:|---:|---:|---|---:|---:|---|");
        foreach (var r in Rows)
        {
            var ratio = r.Ratio is { } x ? $"{x * 100:N1}% of raw {r.Baseline}" : "";
            md.AppendLine(Invariant, $"| {r.Workload} | {r.Sync} | {r.Count:N0} | {r.Seconds:N2} | {r.Value:N1} | {r.Unit} | {ratio} | {Bytes(r.AllocatedBytesPerOp)} | {r.Notes} |");
        }

        md.AppendLine();
        md.AppendLine(Invariant, $"Peak working set {Bytes(PeakWorkingSetBytes)}; GC heap at the end {Bytes(GcHeapMaxBytes)}.");
        md.AppendLine();
        md.AppendLine("Targets (issue 5):");
        md.AppendLine();
        foreach (var line in Targets())
        {
            md.AppendLine("- " + line);
        }

        if (Failures.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("**Correctness failures:**");
            md.AppendLine();
            foreach (var failure in Failures)
            {
                md.AppendLine("- " + failure);
            }
        }

        return md.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        mode = Options.Mode,
        startedAt = StartedAt,
        commit = Commit,
        cores = Environment.ProcessorCount,
        os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        runtime = Environment.Version.ToString(),
        cases = Options.Cases,
        workers = Options.Workers,
        totalSeconds = TotalSeconds,
        peakWorkingSetBytes = PeakWorkingSetBytes,
        gcHeapBytes = GcHeapMaxBytes,
        rows = Rows,
        failures = Failures,
        targets = Targets(),
    }, JsonOptions);

    private IEnumerable<string> Targets()
    {
        Measurement? Find(string prefix, string sync) => Rows.FirstOrDefault(r => r.Workload.StartsWith(prefix, StringComparison.Ordinal) && r.Sync == sync);

        string Verdict(bool met) => met ? "**met**" : "**not met**";

        if (Find("human-task: task completions", "FULL") is { Ratio: { } completions })
        {
            yield return $"task completions with FULL at >= 40% of raw SQLite FULL: {(completions * 100).ToString("N1", Invariant)}%, {Verdict(completions >= 0.40)}";
        }

        foreach (var (ours, theirs, label) in new[]
        {
            ("three-steps: cases", "three-steps on Workflow Core", "three steps"),
            ("human-task: open + complete", "human-task on Workflow Core", "human task"),
        })
        {
            if (Find(ours, "NORMAL") is { } o && Find(theirs, "memory") is { } t)
            {
                var ratio = o.Value / t.Value;
                yield return $"{label} (ours, NORMAL, durable) at least as fast as Workflow Core in memory: ours/theirs = {ratio.ToString("N2", Invariant)}, {Verdict(ratio >= 1)}";
            }
        }

        if (Rows.FirstOrDefault(r => r.Workload.StartsWith("large-inbox", StringComparison.Ordinal)) is { } inbox)
        {
            yield return $"large inbox p95 under 20 ms with 1,000,000 tasks ({inbox.Workload}): {inbox.Value.ToString("N2", Invariant)} ms, {Verdict(inbox.Value < 20)}";
        }

        if (Rows.FirstOrDefault(r => r.Workload.StartsWith("timer-storm", StringComparison.Ordinal)) is { } storm)
        {
            var full = storm.Count >= 100_000;
            yield return $"timer storm: 100,000 tasks due at once all escalated in under 30 s: {storm.Count.ToString("N0", Invariant)} tasks in {storm.Seconds.ToString("N1", Invariant)} s, "
                + (full ? Verdict(storm.Seconds < 30) : "(short mode: run full mode for the verdict)");
        }
    }

    private static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 30 => (bytes / (1 << 30)).ToString("N1", Invariant) + " GiB",
        >= 1 << 20 => (bytes / (1 << 20)).ToString("N1", Invariant) + " MiB",
        >= 1 << 10 => (bytes / (1 << 10)).ToString("N1", Invariant) + " KiB",
        _ => bytes.ToString("N0", Invariant) + " B",
    };

    private static string Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = Hosting.RepositoryRoot.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null)
            {
                return "unknown";
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
