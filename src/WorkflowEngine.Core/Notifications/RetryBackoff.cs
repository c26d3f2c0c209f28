namespace WorkflowEngine.Core.Notifications;

/// <summary>How long to wait before the next attempt: the base delay doubling with each failure, capped.</summary>
internal static class RetryBackoff
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1 for the first).</summary>
    public static TimeSpan After(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        // Doubling past 2^20 overflows nothing useful; the cap has long been reached by then.
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var delay = baseDelay * Math.Pow(2, exponent);
        return delay < maxDelay ? delay : maxDelay;
    }
}
