using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// Hand-overs that must be accepted and joint sign-off, on the shipped workflow in a real database:
/// a task reassigned from children's social care to the police awaits acceptance (the sender still
/// answers for it, the task cannot be completed); declined, it goes back and is escalated; accepted, it
/// can be worked. A MACE case closes only once the police and children's social care have signed off.
/// </summary>
public abstract class HandoverScenarioTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_declined_hand_over_goes_back_to_the_sender_and_is_escalated()
    {
        await using var host = await EngineHost.StartAsync(Start, provider: provider);
        var (state, task) = await PassScreeningToPoliceAsync(host);
        Assert.Equal(("police", "childrens-social-care", Start), (task.Agency, task.HandoverFrom, task.HandoverOfferedAt!.Value));

        // The sender still answers for it: it is in their list, and nobody can complete it yet.
        var passedOn = Assert.Single(await host.Get<IHandoverQueries>().PassedOnAsync("childrens-social-care", 10));
        Assert.Equal((task.Id, "police", "childrens-social-care"), (passedOn.TaskId, passedOn.Agency, passedOn.HandoverFrom));
        Assert.Equal(new HandoverWaiting("police", 1, Start), Assert.Single(await host.Get<IHandoverQueries>().WaitingByAgencyAsync()));
        var early = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "screened", [], "worker@police"));
        Assert.Equal((CommandStatus.NotAllowed, "handover.not-accepted"), (early.Status, early.Errors[0].Code));
        Assert.Equal("Task 'Exploitation screening' was passed to Police and is awaiting acceptance: someone of Police must accept it before it can be completed.",
            early.Errors[0].Message);

        // Only the police can decline it, and only with a reason; neither refusal saves anything.
        var wrongAgency = await host.Cases.AnswerHandover.HandleAsync(new AnswerHandoverCommand(state.Id, task.Id, false, "Not ours.", "education", "worker@education"));
        Assert.Equal((CommandStatus.Forbidden, "handover.other-agency"), (wrongAgency.Status, wrongAgency.Errors[0].Code));
        var noReason = await host.Cases.AnswerHandover.HandleAsync(new AnswerHandoverCommand(state.Id, task.Id, false, " ", "police", "worker@police"));
        Assert.Equal((CommandStatus.Invalid, "$.reason"), (noReason.Status, noReason.Errors[0].Path));
        Assert.Equal(state.JournalSequence, (await host.Cases.GetAsync(state.Id))!.JournalSequence);

        host.Time.SetUtcNow(Utc(3, 2, 14));
        var declined = await host.Cases.AnswerHandover.HandleAsync(new AnswerHandoverCommand(state.Id, task.Id, false, "The child lives outside our force area.", "police", "worker@police"));

        Assert.True(declined.Succeeded, string.Join(" ", declined.Errors));
        var back = declined.Value!.Tasks.Single(t => t.Id == task.Id);
        Assert.Equal(("childrens-social-care", (string?)null, (string?)null, false), (back.Agency, back.Role, back.HandoverFrom, back.AwaitsAcceptance));
        Assert.Equal((CaseTaskStatus.Escalated, 1, TaskPriority.High), (back.Status, back.EscalationLevel, back.Priority));
        var escalation = Assert.Single(declined.Value.Escalations);
        Assert.Equal((1, EscalationStatus.Open, true), (escalation.Level, escalation.Status, escalation.ByHand));
        Assert.Equal("Police declined the hand-over: The child lives outside our force area.", escalation.Reason);

        var journal = await host.Cases.ReadJournalAsync(state.Id);
        var entry = Assert.Single(journal, e => e.Kind == "task.handover-declined");
        Assert.Equal(("worker@police", "police", "childrens-social-care", "The child lives outside our force area."),
            (entry.Actor, entry.Data["agency"]!.GetValue<string>(), entry.Data["returnedTo"]!.GetValue<string>(), entry.Data["reason"]!.GetValue<string>()));
        Assert.Contains(journal, e => e.Kind == "task.handover-offered" && e.Actor == "manager@csc");
        Assert.True((await host.Cases.VerifyJournalAsync(state.Id))!.IsIntact);
        Assert.Empty(await host.Get<IHandoverQueries>().PassedOnAsync("childrens-social-care", 10));
        Assert.Empty(await host.Get<IHandoverQueries>().WaitingByAgencyAsync());
        Assert.Contains(await host.OutboxAsync(), m => m.Kind == "task.handover-declined" && m.Recipient.Agency == "childrens-social-care");
    }

    [Fact]
    public async Task An_accepted_hand_over_is_the_receiving_agency_s_to_complete()
    {
        await using var host = await EngineHost.StartAsync(Start, provider: provider);
        var (state, task) = await PassScreeningToPoliceAsync(host);

        var accepted = await host.Cases.AnswerHandover.HandleAsync(new AnswerHandoverCommand(state.Id, task.Id, true, null, "police", "worker@police"));

        Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors));
        var taken = accepted.Value!.Tasks.Single(t => t.Id == task.Id);
        Assert.Equal(("police", (string?)null, false), (taken.Agency, taken.HandoverFrom, taken.AwaitsAcceptance));
        var entry = Assert.Single(await host.Cases.ReadJournalAsync(state.Id), e => e.Kind == "task.handover-accepted");
        Assert.Equal(("worker@police", "childrens-social-care"), (entry.Actor, entry.Data["fromAgency"]!.GetValue<string>()));
        var again = await host.Cases.AnswerHandover.HandleAsync(new AnswerHandoverCommand(state.Id, task.Id, true, null, "police", "worker@police"));
        Assert.Equal((CommandStatus.NotAllowed, "handover.not-awaiting"), (again.Status, again.Errors[0].Code));

        state = await host.CompleteAsync(accepted.Value, "screen-for-exploitation", "screened", await CceReferralScenarioTests.ScreeningAnswersAsync(host, accepted.Value));
        Assert.Equal("mace-referral", state.StageKey);
    }

    [Fact]
    public async Task A_MACE_case_cannot_close_until_the_police_and_childrens_social_care_have_both_signed_off()
    {
        await using var host = await EngineHost.StartAsync(Start, provider: provider);
        var state = await CceReferralScenarioTests.ToDisruptionPlanAsync(host);
        host.Time.SetUtcNow(Utc(3, 30, 10));
        // The review is brought forward once a measure is recorded.
        state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("intelligence-submission"), ["actionTaken"] = "Intelligence submitted.",
        }, agency: "police");
        var moved = await host.Cases.MoveByHandAsync(state.Id, "early-review", "Plan complete.", "mace.coordinator");
        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors));
        state = moved.Value!;
        var review = EngineHost.Active(state, "mace-review");

        var none = await Close(host, state, review);
        Assert.Equal((CommandStatus.NotAllowed, "sign-off.missing", "$.outcome"), (none.Status, none.Errors[0].Code, none.Errors[0].Path));
        Assert.Equal("'Close' needs sign-off by Police and Children's social care. Still to sign off: Police, Children's social care.", none.Errors[0].Message);

        // Someone of an agency the outcome does not name cannot sign; the police sign; one is not enough.
        var education = await host.Cases.SignOffTaskAsync(state.Id, review.Id, "education", "worker@education");
        Assert.Equal((CommandStatus.Forbidden, "sign-off.not-your-agency"), (education.Status, education.Errors[0].Code));
        Assert.True((await host.Cases.SignOffTaskAsync(state.Id, review.Id, "police", "chair@police")).Succeeded);
        var twice = await host.Cases.SignOffTaskAsync(state.Id, review.Id, "police", "other@police");
        Assert.Equal((CommandStatus.NotAllowed, "sign-off.already-given"), (twice.Status, twice.Errors[0].Code));
        var one = await Close(host, state, review);
        Assert.Equal("'Close' needs sign-off by Police and Children's social care. Still to sign off: Children's social care.", one.Errors[0].Message);
        Assert.Equal(CaseStatus.Open, (await host.Cases.GetAsync(state.Id))!.Status);

        // Other outcomes need no sign-off; with both signed, the case closes.
        Assert.True((await host.Cases.SignOffTaskAsync(state.Id, review.Id, "childrens-social-care", "lead@csc")).Succeeded);
        var stored = (await host.Cases.GetAsync(state.Id))!.Tasks.Single(t => t.Id == review.Id);
        Assert.Equal([("police", "chair@police"), ("childrens-social-care", "lead@csc")], stored.SignOffs.Select(s => (s.Agency, s.By)));
        var closed = await Close(host, state, review);
        Assert.True(closed.Succeeded, string.Join(" ", closed.Errors));
        Assert.Equal(CaseStatus.Closed, closed.Value!.Status);
        var signed = (await host.Cases.ReadJournalAsync(state.Id)).Where(e => e.Kind == "task.signed-off").Select(e => (e.Actor, e.Data["agency"]!.GetValue<string>()));
        Assert.Equal([("chair@police", "police"), ("lead@csc", "childrens-social-care")], signed);
    }

    // Screening goes to children's social care (the referrer is a school); its manager passes it to the police.
    private static async Task<(CaseState State, CaseTask Task)> PassScreeningToPoliceAsync(EngineHost host)
    {
        var state = await host.OpenReferralAsync();
        state = await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
        var screening = EngineHost.Active(state, "screen-for-exploitation");
        Assert.Equal("childrens-social-care", screening.Agency);
        var passed = await host.Cases.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, screening.Id, "police", null, null, "Police hold the intelligence on the adults.", "manager@csc"));
        Assert.True(passed.Succeeded, string.Join(" ", passed.Errors));
        return (passed.Value!, passed.Value!.Tasks.Single(t => t.Id == screening.Id));
    }

    private static Task<CommandResult<CaseState>> Close(EngineHost host, CaseState state, CaseTask review) =>
        host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, review.Id, "close", [], "chair@police"));

    public sealed class OnSqlite() : HandoverScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : HandoverScenarioTests(DatabaseProvider.PostgreSql);
}
