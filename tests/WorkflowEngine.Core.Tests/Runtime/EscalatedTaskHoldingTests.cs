using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>An escalated task keeps the claim and release guards of an open or claimed one: who holds it still matters.</summary>
public sealed class EscalatedTaskHoldingTests
{
    [Fact]
    public async Task Releasing_an_escalated_task_nobody_holds_is_refused_and_journals_nothing()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        Assert.True((await harness.Service.EscalateByHand.HandleAsync(new EscalateByHandCommand(state.Id, task.Id, "No answer from the front door.", "manager"))).Succeeded);
        var journalBefore = (await harness.Service.ReadJournalAsync(state.Id)).Count;

        var first = await harness.Service.Release.HandleAsync(new ReleaseTaskCommand(state.Id, task.Id, "manager"));
        var second = await harness.Service.Release.HandleAsync(new ReleaseTaskCommand(state.Id, task.Id, "manager"));

        Assert.Equal(CommandStatus.NotAllowed, first.Status);
        Assert.Equal(CommandStatus.NotAllowed, second.Status);
        Assert.Equal(
            "Task 'screen-referral' is escalated and nobody holds it, so it cannot be released; it can only be claimed, completed, escalated, reassigned, cancelled.",
            Assert.Single(first.Errors).Message);
        var journal = await harness.Service.ReadJournalAsync(state.Id);
        Assert.Equal(journalBefore, journal.Count);
        Assert.DoesNotContain(journal, e => e.Kind == "task.released");
    }

    [Fact]
    public async Task Claiming_an_escalated_task_someone_holds_is_refused_as_for_a_claimed_task_and_they_keep_it()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        Assert.True((await harness.Service.ClaimTaskAsync(state.Id, task.Id, "practitioner")).Succeeded);
        Assert.True((await harness.Service.EscalateByHand.HandleAsync(new EscalateByHandCommand(state.Id, task.Id, "Not improving.", "practitioner"))).Succeeded);

        var takeover = await harness.Service.ClaimTaskAsync(state.Id, task.Id, "manager");

        Assert.Equal(CommandStatus.NotAllowed, takeover.Status);
        Assert.Equal(
            "Task 'screen-referral' is escalated and practitioner holds it, so it cannot be claimed; it can only be released, completed, escalated, reassigned, cancelled.",
            Assert.Single(takeover.Errors).Message);
        var stored = (await harness.Service.GetAsync(state.Id))!;
        var kept = stored.Tasks.Single();
        Assert.Equal(("practitioner", CaseTaskStatus.Escalated, 1), (kept.AssignedTo, kept.Status, kept.EscalationLevel));
        Assert.Single(stored.Escalations, e => e.IsLive);
    }

    [Fact]
    public async Task An_escalated_task_is_claimed_once_released_once_and_stays_escalated_with_its_escalation()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        Assert.True((await harness.Service.EscalateByHand.HandleAsync(new EscalateByHandCommand(state.Id, task.Id, "No answer.", "manager"))).Succeeded);

        var claimed = await harness.Service.ClaimTaskAsync(state.Id, task.Id, "manager");
        var claimedAgain = await harness.Service.ClaimTaskAsync(state.Id, task.Id, "someone-else");
        var released = await harness.Service.Release.HandleAsync(new ReleaseTaskCommand(state.Id, task.Id, "manager"));
        var releasedAgain = await harness.Service.Release.HandleAsync(new ReleaseTaskCommand(state.Id, task.Id, "manager"));

        Assert.Equal(
            (CommandStatus.Succeeded, CommandStatus.NotAllowed, CommandStatus.Succeeded, CommandStatus.NotAllowed),
            (claimed.Status, claimedAgain.Status, released.Status, releasedAgain.Status));
        var stored = (await harness.Service.GetAsync(state.Id))!;
        var after = stored.Tasks.Single();
        Assert.Equal((null, CaseTaskStatus.Escalated, 1, TaskPriority.High), (after.AssignedTo, after.Status, after.EscalationLevel, after.Priority));
        Assert.Single(stored.Escalations, e => e.IsLive);
    }
}
