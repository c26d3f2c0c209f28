using Microsoft.Extensions.Logging;
using WorkflowEngine.Core.Leases;

namespace WorkflowEngine.Core.Timers;

/// <summary>
/// Fires due timers: claims a batch with a lease, fires each in its own transaction through the
/// <see cref="ITimerHandler"/>, and records failures with back-off until a timer becomes an
/// incident. Reads time only from <see cref="TimeProvider"/>. Any number of dispatchers may share
/// one database: the claim and the fire are both conditional on the timer's version, so each
/// timer fires at most once, and a dispatcher that dies mid-batch only delays its timers until
/// their lease lapses. The loop (start, release earlier leases, retry after an outage) is the one
/// every leased dispatcher shares (<see cref="LeasedDispatcher{TPass}"/>).
/// </summary>
public sealed class TimerDispatcher : LeasedDispatcher<TimerDispatchReport>
{
    private readonly ITimerStore _store;
    private readonly ITimerHandler _handler;
    private readonly TimerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerDispatcher> _logger;

    /// <summary>Creates a dispatcher with a name unique to this instance.</summary>
    /// <param name="store">The timers.</param>
    /// <param name="handler">Fires a timer.</param>
    /// <param name="options">Batch sizes, leases and retries.</param>
    /// <param name="time">The only source of the current time.</param>
    /// <param name="logger">Where it logs.</param>
    /// <param name="holder">Whose leases it takes; this process's (by the working directory) when null.</param>
    public TimerDispatcher(ITimerStore store, ITimerHandler handler, TimerOptions options, TimeProvider time, ILogger<TimerDispatcher> logger, LeaseHolder? holder = null)
        : base("timer", time, logger, holder)
    {
        _store = store;
        _handler = handler;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override TimeSpan RetryInterval => _options.PollInterval;

    /// <summary>Fires every timer due now, batch after batch, until none is left.</summary>
    public async Task<TimerDispatchReport> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var report = new TimerDispatchReport();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var claimed = await _store.ClaimDueAsync(now, Owner, now + _options.Lease, _options.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            // Cases are independent: several fire at once, each in its own transaction. Where the
            // store saves runs of cases together (SQLite's one writer), task timers go in runs fired
            // as one batch (one read, one writer turn: FireEachAsync); otherwise, and for stage
            // timers, each case fires alone.
            var casesARun = _handler.FiresEachTogether ? Math.Max(1, _options.CasesFiredTogether) : 1;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.FiringConcurrency), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(TimerGroups.InRuns(claimed, casesARun), parallel, async (run, ct) =>
            {
                var fired = new TimerDispatchReport();
                await FireRunAsync(run, fired, ct);
                lock (report)
                {
                    report.Add(fired);
                }
            });
        }

        return report;
    }

    /// <inheritdoc />
    protected override async Task<TimerDispatchReport> PassAsync(CancellationToken cancellationToken)
    {
        var report = await DispatchDueAsync(cancellationToken);
        if (report.Fired + report.Failed > 0)
        {
            TimerLog.Dispatched(_logger, report.Fired, report.Failed, report.Incidents, report.Skipped);
        }

        return report;
    }

    /// <inheritdoc />
    protected override Task<int> ReleaseLeasesAsync(string instancePrefix, string runPrefix, CancellationToken cancellationToken) =>
        _store.ReleaseLeasesAsync(instancePrefix, runPrefix, cancellationToken);

    // Until the next timer falls due, or the poll interval passes, whichever is first.
    /// <inheritdoc />
    protected override async Task<TimeSpan> WaitAfterAsync(TimerDispatchReport pass, CancellationToken cancellationToken)
    {
        var next = await _store.NextAttemptAsync(cancellationToken);
        var wait = next is { } at ? at - _time.GetUtcNow() : _options.PollInterval;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _options.PollInterval ? _options.PollInterval : wait;
    }

    // A run of cases' task timers fired as one batch; what the batch left (a conflict, a failure)
    // and stage timers fire case by case as before.
    private async Task FireRunAsync(IReadOnlyList<IReadOnlyList<DueTimer>> run, TimerDispatchReport report, CancellationToken cancellationToken)
    {
        var settled = run.Count > 1 ? await FireEachAsync(run, cancellationToken) : new int?[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            if (settled[i] is { } fired)
            {
                report.Fired += fired;
                report.Skipped += run[i].Count - fired;
            }
            else if (run[i].Count == 1)
            {
                await FireOneAsync(run[i][0], report, cancellationToken);
            }
            else
            {
                await FireTogetherAsync(run[i], report, cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> run, CancellationToken cancellationToken)
    {
        try
        {
            return await _handler.FireEachAsync(run, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Each case then fires alone, where a failure is recorded on its own timers; a case the run did save finds its timers gone, so none fires twice.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TimerLog.FiringApart(_logger, ex, run[0][0].CaseId, run.Count);
            return new int?[run.Count];
        }
    }

    private async Task FireTogetherAsync(IReadOnlyList<DueTimer> timers, TimerDispatchReport report, CancellationToken cancellationToken)
    {
        try
        {
            var fired = await _handler.FireTogetherAsync(timers, cancellationToken);
            report.Fired += fired;
            report.Skipped += timers.Count - fired;
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Nothing was written; each timer is tried alone so a failure is recorded on its own timer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TimerLog.FiringApart(_logger, ex, timers[0].CaseId, timers.Count);
        }

        foreach (var timer in timers)
        {
            await FireOneAsync(timer, report, cancellationToken);
        }
    }

    private async Task FireOneAsync(DueTimer timer, TimerDispatchReport report, CancellationToken cancellationToken)
    {
        try
        {
            if (await _handler.FireAsync(timer, cancellationToken))
            {
                report.Fired++;
            }
            else
            {
                report.Skipped++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of one timer is recorded on it; the others still fire.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failures = timer.Attempts + 1;
            var incident = failures >= _options.MaxAttempts;
            var retryAt = _time.GetUtcNow() + _options.BackoffAfter(failures);
            report.Failed++;
            if (incident)
            {
                report.Incidents++;
                TimerLog.Incident(_logger, ex, timer.Key, timer.CaseId, failures);
            }
            else
            {
                TimerLog.Retrying(_logger, ex, timer.Key, timer.CaseId, failures, retryAt);
            }

            await _store.RecordFailureAsync(timer.Id, timer.Version, ex.Message, retryAt, incident, cancellationToken);
        }
    }
}
