using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The front-door decision of the shipped CCE referral, left undone, on a real SQLite file with
/// the real dispatcher: its clock, its ladder across the early May bank holiday, a stop-the-clock
/// extension and completion. Instants are UTC; May is British Summer Time, so the 17:00 end of a
/// working day is 16:00 UTC.
/// </summary>
public abstract class EscalationLadderScenarioTests(DatabaseProvider provider)
{
    // Wednesday 29 April 2026, 10:00 BST: the contact comes in.
    private static readonly DateTimeOffset Contact = new(2026, 4, 29, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_undone_task_falls_due_and_climbs_all_four_rungs_at_working_day_instants_across_a_bank_holiday()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        var task = EngineHost.Active(opened, "decide-referral");
        Assert.Equal(At(4, 30), task.DueAt);

        // Reminder 24 hours before; due Thursday 30 April; level 1 two working days later, over
        // the weekend and the bank holiday on Monday 4 May; then 5, 2 and 2 working days.
        (DateTimeOffset At, string Journal)[] steps =
        [
            (At(4, 29), "task.reminded"),
            (At(4, 30), "task.overdue"),
            (At(5, 5), "task.escalated"),
            (At(5, 12), "task.escalated"),
            (At(5, 14), "task.escalated"),
            (At(5, 18), "task.escalated"),
        ];
        foreach (var (instant, journal) in steps)
        {
            host.MoveTo(instant - TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).Fired);

            var before = await host.CountJournalAsync(journal);
            host.MoveTo(instant);
            Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).Fired);
            Assert.Equal(before + 1, await host.CountJournalAsync(journal));
        }

        var state = (await host.Cases.GetAsync(opened.Id))!;
        var escalated = state.Tasks.Single(t => t.Id == task.Id);
        Assert.Equal(CaseTaskStatus.Escalated, escalated.Status);
        Assert.Equal(4, escalated.EscalationLevel);
        Assert.Equal(TaskPriority.High, escalated.Priority);
        Assert.Equal(At(4, 30), escalated.MarkedOverdueAt);
        Assert.Empty(state.Timers);

        Assert.Equal(
            [
                (1, "childrens-social-care", "team-manager", EscalationStatus.Resolved, At(5, 5)),
                (2, "childrens-social-care", "agency-manager", EscalationStatus.Resolved, At(5, 12)),
                (3, "childrens-social-care", "safeguarding-lead", EscalationStatus.Resolved, At(5, 14)),
                (4, "partnership", "partnership-chair", EscalationStatus.Open, At(5, 18)),
            ],
            state.Escalations.Select(e => (e.Level, e.TargetAgency, e.TargetRole, e.Status, e.RaisedAt)));
        Assert.All(state.Escalations.Take(3), e => Assert.StartsWith("Passed up to level", e.Resolution, StringComparison.Ordinal));

        // Level 1 tells the practitioner's queue and the team manager; each level above tells its target.
        var outbox = await host.OutboxAsync();
        Assert.Equal(
            [
                ("escalation.raised", "agency-manager"), ("escalation.raised", "mash"), ("escalation.raised", "partnership-chair"),
                ("escalation.raised", "safeguarding-lead"), ("escalation.raised", "team-manager"), ("task.overdue", "mash"), ("task.reminder", "mash"),
            ],
            outbox.Select(m => (m.Kind, m.Recipient.Role!)).Order());
        Assert.All(outbox, m => Assert.DoesNotContain("Jay", m.Body, StringComparison.Ordinal));
        Assert.True((await host.Cases.VerifyJournalAsync(opened.Id))!.IsIntact);
    }

    [Fact]
    public async Task Extending_the_due_time_replans_every_pending_timer_of_the_task()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        var task = EngineHost.Active(opened, "decide-referral");
        host.MoveTo(At(5, 5));
        Assert.Equal(3, (await host.Dispatcher.DispatchDueAsync()).Fired);

        var extended = await host.Cases.Extend.HandleAsync(new ExtendDueCommand(opened.Id, task.Id, At(5, 15), "awaiting-agency-information",
            "Police checks requested on 1 May.", "manager@childrens-social-care"));
        Assert.True(extended.Succeeded, string.Join(" ", extended.Errors));

        // Reminder and overdue again, and level 2 on the ladder's schedule from the new due time:
        // level 1's clock would end Tuesday 19 May, level 2's five working days on, over the
        // Spring bank holiday on 25 May. The task's one timer, its clock, is re-armed for the first.
        var clock = Assert.Single(extended.Value!.Timers);
        Assert.Equal((TimerKind.TaskClock, At(5, 14)), (clock.Kind, clock.DueAt));
        await using (var db = host.NewContext())
        {
            var stored = await db.Timers.AsNoTracking().Where(t => t.CaseId == opened.Id).Select(t => t.DueAt).ToListAsync();
            Assert.Equal([At(5, 14)], stored);
        }

        host.MoveTo(At(5, 15));
        Assert.Equal(2, (await host.Dispatcher.DispatchDueAsync()).Fired);
        Assert.Equal(At(5, 27), Assert.Single((await host.Cases.GetAsync(opened.Id))!.Timers).DueAt);
        var journal = await host.Cases.ReadJournalAsync(opened.Id);
        var extension = journal.Single(j => j.Kind == "task.extended").Data;
        Assert.Equal("awaiting-agency-information", extension["reason"]!.GetValue<string>());
        Assert.Equal(2, journal.Count(j => j.Kind == "task.overdue"));
    }

    [Fact]
    public async Task An_extension_needs_a_reason_from_the_list_and_a_later_due_time()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        var task = EngineHost.Active(opened, "decide-referral");

        var unknown = await host.Cases.Extend.HandleAsync(new ExtendDueCommand(opened.Id, task.Id, At(5, 15), "busy", null, "manager"));
        var earlier = await host.Cases.Extend.HandleAsync(new ExtendDueCommand(opened.Id, task.Id, At(4, 29), "child-missing", null, "manager"));
        var other = await host.Cases.Extend.HandleAsync(new ExtendDueCommand(opened.Id, task.Id, At(5, 15), "other", " ", "manager"));

        Assert.Equal(("$.reason", CommandStatus.Invalid), (unknown.Errors.Single().Path, unknown.Status));
        Assert.Contains("awaiting-agency-information", unknown.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal("$.newDueAt", earlier.Errors.Single().Path);
        Assert.Equal("$.note", other.Errors.Single().Path);
        Assert.Equal(At(4, 30), (await host.Cases.GetAsync(opened.Id))!.Tasks.Single().DueAt);
    }

    [Fact]
    public async Task Completing_the_task_cancels_its_timers_and_resolves_its_escalations()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        host.MoveTo(At(5, 5));
        await host.Dispatcher.DispatchDueAsync();
        Assert.Equal((1, 0), await host.Timers.CountAsync());

        var done = await host.CompleteAsync(opened, "decide-referral", "no-further-action", new JsonObject { ["decisionRationale"] = "Known to Early Help; no CCE indicators." });

        Assert.Equal(CaseStatus.Closed, done.Status);
        Assert.Empty(done.Timers);
        Assert.Equal((0, 0), await host.Timers.CountAsync());
        var escalation = done.Escalations.Single();
        Assert.Equal((EscalationStatus.Resolved, "The task was completed."), (escalation.Status, escalation.Resolution));
        host.MoveTo(At(6, 30));
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).Fired);
    }

    [Fact]
    public async Task A_practitioner_escalates_by_hand_and_a_manager_acknowledges_and_resolves()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        var task = EngineHost.Active(opened, "decide-referral");

        var missing = await host.Cases.EscalateByHand.HandleAsync(new EscalateByHandCommand(opened.Id, task.Id, "", "sw@childrens-social-care"));
        Assert.Equal("$.reason", missing.Errors.Single().Path);

        var raised = await host.Cases.EscalateByHand.HandleAsync(new EscalateByHandCommand(opened.Id, task.Id, "The situation is not improving: Jay went missing again last night.", "sw@childrens-social-care"));
        Assert.True(raised.Succeeded, string.Join(" ", raised.Errors));
        var escalation = raised.Value!.Escalations.Single();
        Assert.Equal((1, "team-manager", true, EscalationStatus.Open), (escalation.Level, escalation.TargetRole, escalation.ByHand, escalation.Status));
        Assert.Equal(TaskPriority.High, raised.Value.Tasks.Single().Priority);

        var acknowledged = await host.Cases.Acknowledge.HandleAsync(new AcknowledgeEscalationCommand(opened.Id, escalation.Id, "tm@childrens-social-care"));
        Assert.Equal(EscalationStatus.Acknowledged, acknowledged.Value!.Escalations.Single().Status);
        var twice = await host.Cases.Acknowledge.HandleAsync(new AcknowledgeEscalationCommand(opened.Id, escalation.Id, "tm@childrens-social-care"));
        Assert.Equal(CommandStatus.NotAllowed, twice.Status);

        var noNote = await host.Cases.Resolve.HandleAsync(new ResolveEscalationCommand(opened.Id, escalation.Id, " ", "tm@childrens-social-care"));
        Assert.Equal("$.note", noNote.Errors.Single().Path);
        var resolved = await host.Cases.Resolve.HandleAsync(new ResolveEscalationCommand(opened.Id, escalation.Id, "Strategy discussion booked for tomorrow.", "tm@childrens-social-care"));
        var final = resolved.Value!.Escalations.Single();
        Assert.Equal((EscalationStatus.Resolved, "tm@childrens-social-care", "Strategy discussion booked for tomorrow."), (final.Status, final.ResolvedBy, final.Resolution));

        var kinds = (await host.Cases.ReadJournalAsync(opened.Id)).Select(j => j.Kind).ToList();
        Assert.Equal(["task.escalated", "escalation.acknowledged", "escalation.resolved"], kinds.Where(k => k.StartsWith("task.escalated", StringComparison.Ordinal) || k.StartsWith("escalation.", StringComparison.Ordinal)));

        // The ladder still runs from the due time: level 2 is next, on its schedule.
        Assert.Equal(TimerKind.TaskClock, Assert.Single(resolved.Value.Timers).Kind);
        host.MoveTo(At(5, 12) - TimeSpan.FromSeconds(1));
        await host.Dispatcher.DispatchDueAsync();
        Assert.Equal(1, await host.CountJournalAsync("task.escalated"));
        host.MoveTo(At(5, 12));
        Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).Fired);
        var climbed = (await host.Cases.ReadJournalAsync(opened.Id)).Last(j => j.Kind == "task.escalated").Data;
        Assert.Equal((2, "Not done by level 2's deadline (2026-05-12 16:00 UTC)."), (climbed["level"]!.GetValue<int>(), climbed["reason"]!.GetValue<string>()));
    }

    public sealed class OnSqlite() : EscalationLadderScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : EscalationLadderScenarioTests(DatabaseProvider.PostgreSql);
}
