namespace WorkflowEngine.Core.Timers;

/// <summary>Acts on a claimed timer (implemented by the case service).</summary>
public interface ITimerHandler
{
    /// <summary>
    /// Does what the timer is for and deletes it, in one transaction with the case change. Throws
    /// when it cannot (the dispatcher retries, then raises an incident).
    /// </summary>
    /// <returns>True when fired; false when the timer was already gone or changed (nothing to do).</returns>
    Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default);
}
