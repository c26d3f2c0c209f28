using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Leases;

/// <summary>
/// The loop every dispatcher that works under leases runs (the timers and the outbox): on start it
/// frees the leases an earlier run of its own instance still holds, then runs pass after pass until
/// stopped. A pass that fails (a database outage, say) is logged and tried again after
/// <see cref="RetryInterval"/>, so an outage delays the work instead of stopping it for good.
/// Stopping returns quietly. Time comes only from the injected <see cref="TimeProvider"/>.
/// </summary>
/// <typeparam name="TPass">What one pass reports, from which the wait before the next is worked out.</typeparam>
public abstract class LeasedDispatcher<TPass>
{
    private readonly string _work;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the loop with an owner name of its own, unique to this instance.</summary>
    /// <param name="work">What it dispatches, for the log (e.g. <c>timer</c>, <c>outbox</c>).</param>
    /// <param name="time">The only source of the current time and of waits.</param>
    /// <param name="logger">Where it logs.</param>
    /// <param name="holder">Whose leases it takes; this process's (by the working directory) when null.</param>
    protected LeasedDispatcher(string work, TimeProvider time, ILogger logger, LeaseHolder? holder)
    {
        _work = work;
        _time = time;
        _logger = logger;
        Holder = holder ?? LeaseHolder.ForThisProcess(Environment.CurrentDirectory);
        Owner = Holder.NewOwner();
    }

    /// <summary>The instance and run whose leases this dispatcher takes.</summary>
    public LeaseHolder Holder { get; }

    /// <summary>The name this dispatcher's leases carry.</summary>
    public string Owner { get; }

    /// <summary>How long to wait after a pass that failed before trying again.</summary>
    protected abstract TimeSpan RetryInterval { get; }

    /// <summary>
    /// Runs passes until stopped: at once on start (so work that fell due while the service was
    /// down goes promptly), then after the wait each pass asks for.
    /// </summary>
    /// <param name="cancellationToken">Stops the loop.</param>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LeaseLog.Started(_logger, _work, Owner);
        await ReleaseLeasesOfEarlierRunsAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var pass = await PassAsync(cancellationToken);
                var wait = await WaitAfterAsync(pass, cancellationToken);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The loop must survive a database outage; it logs and tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LeaseLog.PassFailed(_logger, ex, _work, Owner, RetryInterval);
                await Task.Delay(RetryInterval, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        LeaseLog.Stopped(_logger, _work, Owner);
    }

    /// <summary>
    /// Frees the leases an earlier run of this instance held when its process died, so their work
    /// goes now instead of when the lease lapses. Called once when <see cref="RunAsync"/> starts.
    /// </summary>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>How many leases were released.</returns>
    public async Task<int> ReleaseLeasesOfEarlierRunsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var released = await ReleaseLeasesAsync(Holder.InstancePrefix, Holder.RunPrefix, cancellationToken);
            if (released > 0)
            {
                LeaseLog.ReleasedEarlierLeases(_logger, released, _work, Holder.Instance);
            }

            return released;
        }
#pragma warning disable CA1031 // A database outage at start-up only delays that work until its lease lapses.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LeaseLog.ReleaseFailed(_logger, ex, _work, Owner);
            return 0;
        }
    }

    /// <summary>Releases the leases whose owner starts with the instance prefix but not with the run prefix.</summary>
    /// <param name="instancePrefix">Every lease owner of this instance starts with it.</param>
    /// <param name="runPrefix">Every lease owner of this run starts with it; those are kept.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>How many were released.</returns>
    protected abstract Task<int> ReleaseLeasesAsync(string instancePrefix, string runPrefix, CancellationToken cancellationToken);

    /// <summary>One pass: claims what is due under leases and does it. Store failures are thrown.</summary>
    /// <param name="cancellationToken">Stops the pass.</param>
    protected abstract Task<TPass> PassAsync(CancellationToken cancellationToken);

    /// <summary>How long to wait after a pass before the next (zero for at once).</summary>
    /// <param name="pass">What the pass reported.</param>
    /// <param name="cancellationToken">Cancels a read the answer needs.</param>
    protected abstract Task<TimeSpan> WaitAfterAsync(TPass pass, CancellationToken cancellationToken);
}
