using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>
/// An opt-in stopwatch on the one SQLite writer: rows written and time spent per statement kind
/// and table, the commits and the timer claims. Off unless <c>WORKFLOW_ENGINE_WRITER_PROFILE</c>
/// is set, so the hot path pays one static read; the load harness prints it after the timer storm
/// (how docs/performance.md's per-fire split was taken).
/// </summary>
public static class SqliteWriterProfile
{
    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    /// <summary>Whether the writer is being profiled.</summary>
    public static bool Enabled { get; } = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WORKFLOW_ENGINE_WRITER_PROFILE"));

    /// <summary>A timestamp to pass to <see cref="Add"/>; 0 when off.</summary>
    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Counts one <paramref name="what"/> (e.g. <c>insert Outbox</c>) that took since <paramref name="started"/>.</summary>
    public static void Add(string what, long started, int rows = 1)
    {
        if (!Enabled)
        {
            return;
        }

        var entry = Entries.GetOrAdd(what, _ => new Entry());
        Interlocked.Add(ref entry.Count, rows);
        Interlocked.Add(ref entry.Ticks, Stopwatch.GetTimestamp() - started);
    }

    /// <summary>Forgets what was counted.</summary>
    public static void Reset() => Entries.Clear();

    /// <summary>One line per kind: count and time per <paramref name="per"/> (e.g. per task fired), most time first.</summary>
    public static string Report(int per, string perWhat)
    {
        var text = new StringBuilder();
        foreach (var (what, entry) in Entries.OrderByDescending(e => e.Value.Ticks))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{what,-34} {(double)entry.Count / per,7:F2} a {perWhat} {entry.Ticks * 1e6 / Stopwatch.Frequency / per,8:F1} us a {perWhat}");
        }

        return text.ToString();
    }

    private sealed class Entry
    {
        public long Count;
        public long Ticks;
    }
}
