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

    /// <summary>
    /// Fires task timers of one case that were claimed together (say the clocks of two of its tasks,
    /// due at the same instant) in one transaction with the case change.
    /// Throws when any cannot; the dispatcher then fires them one by one, so a failure stays with
    /// its own timer. The default fires them one by one.
    /// </summary>
    /// <returns>How many fired; the rest were already gone or changed.</returns>
    async Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timers);
        var fired = 0;
        foreach (var timer in timers)
        {
            fired += await FireAsync(timer, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return fired;
    }

    /// <summary>
    /// True when <see cref="FireEachAsync"/> settles runs of cases together (the store saves them in
    /// one turn); false (the default) when each case is better fired alone, side by side, as the
    /// dispatcher then does.
    /// </summary>
    bool FiresEachTogether => false;

    /// <summary>
    /// Fires the task timers of several cases claimed in one batch, each case's group as
    /// <see cref="FireTogetherAsync"/> would (its own version checks, all or nothing for the case),
    /// with the cases loaded and saved together where the store can (one read, one writer turn).
    /// Returns, per group, how many timers fired, or null for a group this did not settle (a
    /// conflict, a refusal, a failure): the dispatcher then gives that group to
    /// <see cref="FireTogetherAsync"/>, so its retries and failures are handled as before. The
    /// default settles none.
    /// </summary>
    Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Task.FromResult<IReadOnlyList<int?>>(new int?[groups.Count]);
    }
}
