using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Leases;

namespace WorkflowEngine.Core.Tests.Leases;

public sealed class LeasedDispatcherTests
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task The_loop_releases_the_leases_of_earlier_runs_of_its_instance_before_its_first_pass()
    {
        var dispatcher = new ScriptedDispatcher(new FakeTimeProvider()) { Released = 3 };
        using var stop = new CancellationTokenSource();

        var run = dispatcher.RunAsync(stop.Token);
        await dispatcher.PassRun(1);

        Assert.Equal(["release", "pass 1"], dispatcher.Calls);
        Assert.Equal(dispatcher.Holder.InstancePrefix, dispatcher.ReleasedPrefixes?.Instance);
        Assert.Equal(dispatcher.Holder.RunPrefix, dispatcher.ReleasedPrefixes?.Run);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_pass_that_fails_is_tried_again_after_the_retry_interval_and_not_before()
    {
        var time = new FakeTimeProvider();
        var dispatcher = new ScriptedDispatcher(time) { FailingPasses = 1 };
        using var stop = new CancellationTokenSource();

        // The scripted work completes synchronously, so RunAsync returns once the first pass has
        // failed and the loop waits on the fake clock; moving the clock then cannot race the wait.
        var run = dispatcher.RunAsync(stop.Token);
        time.Advance(Retry - TimeSpan.FromSeconds(1));
        Assert.Equal(["release", "pass 1 failed"], dispatcher.Calls);

        time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.PassRun(2);

        Assert.Equal(["release", "pass 1 failed", "pass 2"], dispatcher.Calls);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task After_a_pass_the_loop_waits_as_long_as_the_pass_asks_before_the_next()
    {
        var time = new FakeTimeProvider();
        var dispatcher = new ScriptedDispatcher(time);
        using var stop = new CancellationTokenSource();

        var run = dispatcher.RunAsync(stop.Token);
        time.Advance(Poll - TimeSpan.FromSeconds(1));
        Assert.Equal(["release", "pass 1"], dispatcher.Calls);

        time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.PassRun(2);

        Assert.Equal(["release", "pass 1", "pass 2"], dispatcher.Calls);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_release_that_fails_is_logged_and_the_loop_still_runs_its_passes()
    {
        var dispatcher = new ScriptedDispatcher(new FakeTimeProvider()) { ReleaseFails = true };
        using var stop = new CancellationTokenSource();

        var run = dispatcher.RunAsync(stop.Token);
        await dispatcher.PassRun(1);

        Assert.Equal(["release failed", "pass 1"], dispatcher.Calls);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Stopping_the_loop_while_it_waits_returns_quietly()
    {
        var dispatcher = new ScriptedDispatcher(new FakeTimeProvider());
        using var stop = new CancellationTokenSource();

        var run = dispatcher.RunAsync(stop.Token);
        await stop.CancelAsync();

        await run;
        Assert.True(run.IsCompletedSuccessfully);
    }

    // Work whose every step completes synchronously and is written down, so the test reads the
    // loop's order of calls.
    private sealed class ScriptedDispatcher(TimeProvider time)
        : LeasedDispatcher<int>("scripted", time, NullLogger.Instance, new LeaseHolder("host-1", "run-2"))
    {
        private readonly Dictionary<int, TaskCompletionSource> _passes = [];
        private int _pass;

        public List<string> Calls { get; } = [];

        public int Released { get; init; }

        public bool ReleaseFails { get; init; }

        public int FailingPasses { get; init; }

        public (string Instance, string Run)? ReleasedPrefixes { get; private set; }

        protected override TimeSpan RetryInterval => Retry;

        // Completes when the numbered pass has run (the limit only stops a broken test hanging).
        public Task PassRun(int pass) => Signal(pass).Task.WaitAsync(TimeSpan.FromSeconds(30));

        protected override Task<int> ReleaseLeasesAsync(string instancePrefix, string runPrefix, CancellationToken cancellationToken)
        {
            if (ReleaseFails)
            {
                Record("release failed");
                throw new InvalidOperationException("The store is unreachable.");
            }

            Record("release");
            ReleasedPrefixes = (instancePrefix, runPrefix);
            return Task.FromResult(Released);
        }

        protected override Task<int> PassAsync(CancellationToken cancellationToken)
        {
            int pass;
            lock (Calls)
            {
                pass = ++_pass;
            }

            if (pass <= FailingPasses)
            {
                Record($"pass {pass} failed");
                throw new InvalidOperationException("The store is unreachable.");
            }

            Record($"pass {pass}");
            Signal(pass).TrySetResult();
            return Task.FromResult(pass);
        }

        protected override Task<TimeSpan> WaitAfterAsync(int pass, CancellationToken cancellationToken) => Task.FromResult(Poll);

        private void Record(string call)
        {
            lock (Calls)
            {
                Calls.Add(call);
            }
        }

        private TaskCompletionSource Signal(int pass)
        {
            lock (_passes)
            {
                if (!_passes.TryGetValue(pass, out var signal))
                {
                    signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _passes[pass] = signal;
                }

                return signal;
            }
        }
    }
}
