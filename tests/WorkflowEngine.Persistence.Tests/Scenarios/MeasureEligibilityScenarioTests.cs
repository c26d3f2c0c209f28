using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// Disruption measures with legal conditions, on the shipped workflow and taxonomy, in a real
/// database: a Child Abduction Warning Notice for a child whose age is not known is refused with the
/// condition in words and nothing saved (the age rules themselves are Core's unit tests); a court order is recorded only with an acknowledged warning,
/// which the journal keeps as the person saw it; a plan is confirmed with a reason when no measure was used.
/// </summary>
public abstract class MeasureEligibilityScenarioTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_warning_notice_for_a_child_of_unknown_age_is_refused_and_a_court_order_needs_its_warning_acknowledged()
    {
        await using var host = await EngineHost.StartAsync(Start, provider: provider);
        var state = await CceReferralScenarioTests.ToDisruptionPlanAsync(host, new ChildDetails("Ray Doe", Reference: "LA-777"));
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.Zero));
        var police = state.Tasks.Single(t => t.TaskKey == "disruption-action" && t.Agency == "police");

        var notice = await Complete(host, state, police, ["child-abduction-warning-notice"]);
        Assert.Equal(CommandStatus.Invalid, notice.Status);
        var refusal = Assert.Single(notice.Errors);
        Assert.Equal((ChoiceEligibility.NotMetCode, "$.data.disruptionMeasures"), (refusal.Code, refusal.Path));
        Assert.Contains("under 16, or under 18 who is looked after", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("(the child's date of birth is not recorded.)", refusal.Message, StringComparison.Ordinal);

        var unacknowledged = await Complete(host, state, police, ["sexual-risk-order"]);
        Assert.Equal(ChoiceEligibility.UnacknowledgedCode, Assert.Single(unacknowledged.Errors).Code);
        Assert.Equal(state.JournalSequence, (await host.Cases.GetAsync(state.Id))!.JournalSequence);

        var acknowledged = await Complete(host, state, police, ["sexual-risk-order"], acknowledged: ["sexual-risk-order"]);
        Assert.True(acknowledged.Succeeded, string.Join(" ", acknowledged.Errors));
        var warning = Assert.Single(await host.Cases.ReadJournalAsync(state.Id), e => e.Kind == "task.warning-acknowledged");
        Assert.Equal("sexual-risk-order", warning.Data["item"]!.GetValue<string>());
        Assert.Equal("worker@police", warning.Actor);
        Assert.StartsWith("Needs a court order", warning.Data["condition"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await host.Cases.VerifyJournalAsync(state.Id))!.IsIntact);
    }

    [Fact]
    public async Task A_plan_with_no_measure_is_confirmed_once_the_reason_is_given()
    {
        await using var host = await EngineHost.StartAsync(Start, provider: provider);
        var state = await CceReferralScenarioTests.ToDisruptionPlanAsync(host);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.Zero));
        foreach (var agency in new[] { "police", "education" })
        {
            state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject { ["actionTaken"] = "Visited." }, agency: agency);
        }

        state = await host.CompleteAsync(state, "confirm-disruption-plan", "confirmed", new JsonObject { ["noMeasureReason"] = "The adults moved out of the area before any order could be sought." });

        Assert.DoesNotContain(state.Tasks, t => t.IsActive);
        var guard = Assert.Single(await host.Cases.ReadJournalAsync(state.Id), e => e.Kind == "rule.decided" && e.Data["transition"]?.GetValue<string>() == "confirm-disruption-plan:confirmed");
        Assert.True(guard.Data["passed"]!.GetValue<bool>());
    }

    private static Task<CommandResult<CaseState>> Complete(EngineHost host, CaseState state, Core.Tasks.CaseTask task, string[] measures, string[]? acknowledged = null) =>
        host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray([.. measures.Select(m => (JsonNode)m)]),
            ["actionTaken"] = "Applied to the court.",
        }, "worker@police") { Acknowledged = acknowledged ?? [] });

    public sealed class OnSqlite() : MeasureEligibilityScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : MeasureEligibilityScenarioTests(DatabaseProvider.PostgreSql);
}
