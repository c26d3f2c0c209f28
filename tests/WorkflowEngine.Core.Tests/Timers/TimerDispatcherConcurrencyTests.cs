using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Tests.Timers;

public sealed class TimerDispatcherConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Cases_of_a_claimed_batch_fire_several_at_once_but_never_more_than_the_limit_and_every_fire_is_counted()
    {
        var claimed = Enumerable.Range(0, 24).Select(_ => Timer(Guid.NewGuid())).ToList();
        var store = Substitute.For<ITimerStore>();
        store.ClaimDueAsync(default, default!, default, default, default)
            .ReturnsForAnyArgs(Task.FromResult<IReadOnlyList<DueTimer>>(claimed), Task.FromResult<IReadOnlyList<DueTimer>>([]));
        var handler = new SlowHandler();
        var options = new TimerOptions { FiringConcurrency = 4 };
        var dispatcher = new TimerDispatcher(store, handler, options, new FakeTimeProvider(Now), NullLogger<TimerDispatcher>.Instance);

        var report = await dispatcher.DispatchDueAsync();

        Assert.Equal(24, report.Fired);
        Assert.Equal(24, handler.Fired.Count);
        Assert.InRange(handler.MostAtOnce, 2, 4);
    }

    [Fact]
    public async Task Task_timers_fire_in_runs_and_what_a_run_leaves_or_a_failed_run_fires_case_by_case()
    {
        var claimed = Enumerable.Range(0, 7).Select(_ => TaskTimer(Guid.NewGuid())).ToList();
        var store = Substitute.For<ITimerStore>();
        store.ClaimDueAsync(default, default!, default, default, default)
            .ReturnsForAnyArgs(Task.FromResult<IReadOnlyList<DueTimer>>(claimed), Task.FromResult<IReadOnlyList<DueTimer>>([]));
        var handler = new RunHandler(leave: claimed[1].CaseId, failRunOf: claimed[3].CaseId);
        var options = new TimerOptions { FiringConcurrency = 1, CasesFiredTogether = 3 };
        var dispatcher = new TimerDispatcher(store, handler, options, new FakeTimeProvider(Now), NullLogger<TimerDispatcher>.Instance);

        var report = await dispatcher.DispatchDueAsync();

        // Runs of three, three and one (a run of one fires alone); the first run leaves one case,
        // the second fails whole, the last is one case: five cases fire alone, two in a run, each once.
        Assert.Equal((7, 0, 0), (report.Fired, report.Skipped, report.Failed));
        Assert.Equal([3, 3], handler.Runs);
        Assert.Equal(7, handler.Fired.Count);
        Assert.Equal(7, handler.Fired.Distinct().Count());
        Assert.Equal(5, handler.Alone);
    }

    private static DueTimer TaskTimer(Guid caseId) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Key = "task:clock", Kind = TimerKind.TaskClock, TaskId = Guid.NewGuid(), DueAt = Now, NextAttemptAt = Now, Version = 2,
    };

    private static DueTimer Timer(Guid caseId) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Key = "stage:x", Kind = TimerKind.StageTransition, TransitionKey = "x", DueAt = Now, NextAttemptAt = Now, Version = 2,
    };

    private sealed class SlowHandler : ITimerHandler
    {
        private int _running;

        public System.Collections.Concurrent.ConcurrentBag<Guid> Fired { get; } = [];

        public int MostAtOnce { get; private set; }

        public async Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default)
        {
            var running = Interlocked.Increment(ref _running);
            lock (Fired)
            {
                MostAtOnce = Math.Max(MostAtOnce, running);
            }

            await Task.Delay(20, cancellationToken);
            Interlocked.Decrement(ref _running);
            Fired.Add(timer.Id);
            return true;
        }
    }

    /// <summary>Settles runs of cases, but leaves one case to fire alone and fails the run holding another.</summary>
    private sealed class RunHandler(Guid leave, Guid failRunOf) : ITimerHandler
    {
        public List<int> Runs { get; } = [];

        public List<Guid> Fired { get; } = [];

        public int Alone { get; private set; }

        public bool FiresEachTogether => true;

        public Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default)
        {
            Alone++;
            Fired.Add(timer.Id);
            return Task.FromResult(true);
        }

        public Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> groups, CancellationToken cancellationToken = default)
        {
            Runs.Add(groups.Count);
            if (groups.Any(g => g[0].CaseId == failRunOf))
            {
                throw new InvalidOperationException("The disk was briefly full.");
            }

            var settled = new int?[groups.Count];
            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i][0].CaseId != leave)
                {
                    Fired.AddRange(groups[i].Select(t => t.Id));
                    settled[i] = groups[i].Count;
                }
            }

            return Task.FromResult<IReadOnlyList<int?>>(settled);
        }
    }
}
