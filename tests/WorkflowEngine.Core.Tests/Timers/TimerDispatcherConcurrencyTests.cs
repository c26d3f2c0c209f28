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
}
