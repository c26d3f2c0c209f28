using WorkflowEngine.Core.Operations;

namespace WorkflowEngine.Web.Features.Health;

/// <summary>The health page: the nodes seen lately, the node that drew the page, and when.</summary>
public sealed record HealthView(IReadOnlyList<NodeHeartbeat> Nodes, string ThisNode, DateTimeOffset Now)
{
    /// <summary>A duration in words a duty admin reads at a glance.</summary>
    public static string Lag(TimeSpan lag) => lag switch
    {
        { TotalSeconds: < 1 } => "none",
        { TotalMinutes: < 1 } => $"{(int)lag.TotalSeconds} seconds",
        { TotalHours: < 1 } => $"{(int)lag.TotalMinutes} minutes",
        _ => $"{(int)lag.TotalHours} hours {lag.Minutes} minutes",
    };

    /// <summary>How long ago a node last reported.</summary>
    public string Ago(DateTimeOffset seenAt) => (Now - seenAt).TotalSeconds < 1 ? "just now" : $"{(int)(Now - seenAt).TotalSeconds} seconds ago";
}
