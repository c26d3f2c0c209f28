namespace WorkflowEngine.Core.Tasks;

/// <summary>One line of the dashboard's hand-overs table: an agency with tasks passed to it that it has not accepted.</summary>
/// <param name="Agency">The receiving agency's key.</param>
/// <param name="Waiting">How many tasks await its acceptance.</param>
/// <param name="OldestOfferedAt">When the longest-waiting of them was offered.</param>
public sealed record HandoverWaiting(string Agency, int Waiting, DateTimeOffset? OldestOfferedAt);
