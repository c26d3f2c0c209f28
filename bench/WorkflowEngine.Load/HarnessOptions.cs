using System.Globalization;

namespace WorkflowEngine.Load;

/// <summary>The harness's arguments: <c>--mode short|full --n N --workloads a,b --out DIR --workers W --inbox-tasks T</c>.</summary>
public sealed record HarnessOptions
{
    public bool Full { get; init; }

    public int Cases { get; init; }

    public int Workers { get; init; } = 1;

    public int InboxTasks { get; init; }

    public IReadOnlyList<string> Workloads { get; init; } = [];

    public string OutputDirectory { get; init; } = string.Empty;

    public string Mode => Full ? "full" : "short";

    /// <summary>Untimed operations before each timed run, so the JIT has tiered up the hot paths.</summary>
    public int WarmUp => Full ? 300 : 40;

    public static HarnessOptions Parse(string[] args, IReadOnlyList<string> allWorkloads)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs; '{args[i]}' has no value. {Usage}");
            }

            values[args[i][2..]] = args[++i];
        }

        var unknown = values.Keys.Except(["mode", "n", "workloads", "out", "workers", "inbox-tasks"], StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown argument(s): {string.Join(", ", unknown)}. {Usage}");
        }

        var mode = values.GetValueOrDefault("mode", "short").ToLowerInvariant();
        if (mode is not ("short" or "full"))
        {
            throw new ArgumentException($"--mode is short or full, not '{mode}'.");
        }

        var full = mode == "full";
        var workloads = values.TryGetValue("workloads", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : allWorkloads.ToArray();
        var missing = workloads.Except(allWorkloads, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Unknown workload(s): {string.Join(", ", missing)}. Known: {string.Join(", ", allWorkloads)}.");
        }

        return new HarnessOptions
        {
            Full = full,
            Cases = Int(values, "n", full ? 5_000 : 200),
            Workers = Int(values, "workers", 1),
            InboxTasks = Int(values, "inbox-tasks", full ? 1_000_000 : 50_000),
            Workloads = workloads,
            OutputDirectory = Path.GetFullPath(values.GetValueOrDefault("out", Path.Combine(Hosting.RepositoryRoot.Path, "bench", "results"))),
        };
    }

    public const string Usage = "Usage: --mode short|full [--n cases] [--workloads a,b,c] [--out dir] [--workers 1] [--inbox-tasks count]";

    private static int Int(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{name} must be a positive whole number, not '{text}'.");
    }
}
