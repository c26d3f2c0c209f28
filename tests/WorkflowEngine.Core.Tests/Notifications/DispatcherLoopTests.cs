using WorkflowEngine.Core.Notifications;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class DispatcherLoopTests
{
    [Fact]
    public async Task The_loop_delivers_a_message_that_falls_due_after_the_next_poll_and_returns_quietly_when_stopped()
    {
        var harness = new DispatcherHarness();
        var outbox = new InMemoryOutboxStore();
        var message = TaskOverdue(createdAt: Start + harness.Options.PollInterval);
        outbox.Add(message);
        var channel = new SignallingChannel();
        using var stop = new CancellationTokenSource();

        // The in-memory store completes synchronously, so RunAsync returns only once the first pass
        // is done and the loop waits on the fake clock; advancing it then cannot race the wait.
        var run = harness.Dispatcher(outbox, channel).RunAsync(stop.Token);
        Assert.False(channel.Delivered.IsCompleted);
        harness.Time.Advance(harness.Options.PollInterval);

        // Waits for the delivery itself; the limit only stops a broken test hanging.
        Assert.Equal(message.Id, (await channel.Delivered.WaitAsync(TimeSpan.FromSeconds(30))).Id);
        await stop.CancelAsync();
        await run;
        Assert.Equal(OutboxStatus.Sent, outbox.Get(message.Id).Status);
    }
}
