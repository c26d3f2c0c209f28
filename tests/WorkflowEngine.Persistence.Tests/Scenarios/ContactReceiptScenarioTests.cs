using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime.Handlers;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The shipped referral on a real SQLite file, with real dates: a contact's deadlines count from when
/// it was received, not from when it was typed in, and a track's from the event it follows up.
/// </summary>
public sealed class ContactReceiptScenarioTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static OpenCaseCommand Contact(DateTimeOffset receivedAt) => new(
        "cce-referral",
        new ChildDetails("Jay Smith", new DateOnly(2010, 9, 1), "LA-12345"),
        new ContactDetails("Ms A. Teacher", "education", "Jay was seen getting into a car with older men after school.", false, receivedAt),
        new JsonObject { ["missingEpisodes"] = 1 },
        "duty.worker");

    [Fact]
    public async Task A_contact_received_on_a_Friday_evening_and_entered_on_Monday_is_due_at_the_end_of_Tuesday_and_one_from_Friday_afternoon_on_Monday()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 9, 9)); // Monday 9 March 2026, 09:00 GMT

        // Received at 18:30 on Friday 6 March, after the working day: it counts from Monday, so the decision is due a working day later.
        var evening = (await host.Cases.OpenCaseAsync(Contact(Utc(3, 6, 18, 30)))).Value!;
        // Received at 14:00 on Friday: Friday is the day of receipt, so the decision is due by the end of Monday.
        var afternoon = (await host.Cases.OpenCaseAsync(Contact(Utc(3, 6, 14)))).Value!;

        Assert.Equal(Utc(3, 10, 17), EngineHost.Active(evening, "decide-referral").DueAt);
        Assert.Equal(Utc(3, 9, 17), EngineHost.Active(afternoon, "decide-referral").DueAt);
        var stored = (await host.Cases.GetAsync(afternoon.Id))!;
        Assert.Equal(Utc(3, 6, 14), stored.ReceivedAt);
        Assert.Equal(Utc(3, 9, 9), stored.OpenedAt);
        var opened = (await host.Cases.ReadJournalAsync(afternoon.Id)).Single(e => e.Kind == "case.opened");
        Assert.Equal(("duty.worker", Utc(3, 6, 14)), (opened.Actor, opened.Data["receivedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal("duty.worker", opened.Data["recordedBy"]!.GetValue<string>());

        // A third contact, received on Monday morning, is still undecided on Wednesday: it counts as late, not left out.
        var undecided = (await host.Cases.OpenCaseAsync(Contact(Utc(3, 9, 8)))).Value!;

        // The afternoon contact decided on Tuesday morning was late, though within a working day of being typed in.
        host.MoveTo(Utc(3, 10, 10));
        await host.CompleteAsync(afternoon, "decide-referral", "early-help", new JsonObject { ["decisionRationale"] = "Early Help will work with the family." });
        await host.CompleteAsync(evening, "decide-referral", "early-help", new JsonObject { ["decisionRationale"] = "Early Help will work with the family." });
        host.MoveTo(Utc(3, 11, 9));
        var march = Measures.DashboardScenario.Month(2026, 3, host.Time.GetUtcNow());
        var figure = (await host.Dashboard.GetFiguresAsync(march))[MeasureCatalogue.ReferralDecisionsInTime];
        Assert.Equal((1, 3), (figure.Numerator, figure.Denominator));
        var behind = await host.Dashboard.GetCasesAsync(MeasureCatalogue.ReferralDecisionsInTime, march);
        var late = behind.Single(c => c.CaseId == undecided.Id);
        Assert.Equal((false, "not decided, due 2026-03-10 17:00 UTC"), (late.Met, late.Detail));
        var monthly = await host.Dashboard.GetMonthlyAsync(march with { Only = new HashSet<string> { MeasureCatalogue.ReferralDecisionsInTime } }, Measures.DashboardScenario.London);
        Assert.Equal((1, 3), (monthly[^1].Figures[MeasureCatalogue.ReferralDecisionsInTime].Numerator, monthly[^1].Figures[MeasureCatalogue.ReferralDecisionsInTime].Denominator));
    }
}
