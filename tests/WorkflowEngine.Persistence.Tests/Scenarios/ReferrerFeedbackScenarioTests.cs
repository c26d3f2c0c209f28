using System.Text.Json.Nodes;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The person who raised a concern hears back, in a real database: the front door's decision and the
/// closure, addressed to them alone, with the outcome only, each journalled as sharing with the referrer.
/// </summary>
public abstract class ReferrerFeedbackScenarioTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_referrer_is_told_the_front_door_decision_and_the_closure_and_nothing_else()
    {
        await using var host = await EngineHost.StartAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), provider: provider);
        var state = await host.OpenReferralAsync();

        state = await host.CompleteAsync(state, "decide-referral", "early-help", new JsonObject { ["decisionRationale"] = "Needs family support; the school nurse is already involved." });

        var told = (await host.OutboxAsync()).Where(m => m.CaseId == state.Id && m.Kind.StartsWith("referral.", StringComparison.Ordinal)).OrderBy(m => m.Kind).ToList();
        Assert.Equal(["referral.closed", "referral.decided"], told.Select(m => m.Kind));
        Assert.All(told, m => Assert.Equal(("education", "a.teacher"), (m.Recipient.Agency, m.Recipient.Person)));
        Assert.Contains("Early Help", told[1].Body, StringComparison.Ordinal);
        Assert.All(told, m => Assert.DoesNotContain("school nurse", m.Body, StringComparison.Ordinal));
        Assert.DoesNotContain("Jay", string.Concat(told.Select(m => m.Subject + m.Body)), StringComparison.Ordinal);

        var shared = (await host.Cases.ReadJournalAsync(state.Id)).Where(e => e.Kind == "outcome.shared").ToList();
        Assert.Equal(2, shared.Count);
        Assert.All(shared, e => Assert.Equal("referrer", e.Data["with"]!.GetValue<string>()));
    }

    public sealed class OnSqlite() : ReferrerFeedbackScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ReferrerFeedbackScenarioTests(DatabaseProvider.PostgreSql);
}
