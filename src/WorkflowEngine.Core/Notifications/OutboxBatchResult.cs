namespace WorkflowEngine.Core.Notifications;

/// <summary>What one dispatcher pass did with the messages it found.</summary>
/// <param name="Sent">Delivered to every channel and marked sent.</param>
/// <param name="Retrying">Failed this time; will be tried again after the back-off.</param>
/// <param name="GaveUp">Failed for the last time and marked failed.</param>
/// <param name="Skipped">Claimed by another dispatcher first.</param>
/// <param name="LeaseLost">Handled here, but the lease lapsed and another dispatcher took the message before the result could be recorded.</param>
public sealed record OutboxBatchResult(int Sent, int Retrying, int GaveUp, int Skipped, int LeaseLost)
{
    /// <summary>How many messages the pass found ready.</summary>
    public int Found => Sent + Retrying + GaveUp + Skipped + LeaseLost;
}
