using System.Collections.Concurrent;
using System.Net;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>How many answers of each status a property saw, written to the test output for docs/reliability.md.</summary>
internal sealed class StatusTally
{
    private readonly ConcurrentDictionary<int, int> _counts = new();

    public void Count(HttpStatusCode status) => _counts.AddOrUpdate((int)status, 1, (_, n) => n + 1);

    public int Total => _counts.Values.Sum();

    public int ServerErrors => _counts.Where(c => c.Key >= 500).Sum(c => c.Value);

    public override string ToString() =>
        $"{Total} payloads; " + string.Join(", ", _counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}")) + $"; 5xx: {ServerErrors}";
}
