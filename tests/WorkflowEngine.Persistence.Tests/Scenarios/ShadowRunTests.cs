using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Persistence.Rules;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>A draft rule set re-run on the journal's real decisions: the exact "was / would be" counts and cases.</summary>
public sealed class ShadowRunTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_draft_that_routes_more_missing_children_to_a_strategy_discussion_shows_exactly_which_past_cases_would_change()
    {
        await using var host = await EngineHost.StartAsync(Monday);
        var wouldChange = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            await OpenAsync(host, $"Urgent {i}", urgent: true, missing: 4);
        }

        for (var i = 0; i < 4; i++)
        {
            wouldChange.Add((await OpenAsync(host, $"Often missing {i}", urgent: false, missing: 3 + i)).Id);
        }

        for (var i = 0; i < 5; i++)
        {
            await OpenAsync(host, $"Rarely missing {i}", urgent: false, missing: i % 3);
        }

        host.MoveTo(Monday.AddDays(10));
        await OpenAsync(host, "Outside the period", urgent: false, missing: 9);

        var rules = File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "front-door-routing.json"))
            .Replace("\"facts.urgent == true\"", "\"facts.urgent == true || facts.missingEpisodes >= 3\"", StringComparison.Ordinal);
        var (draft, errors) = host.Get<RuleExampleRunner>().Compile(rules);
        Assert.Empty(errors);

        var report = await host.Get<ShadowRunner>().RunAsync(draft!, Monday.AddDays(-1), Monday.AddDays(1));

        Assert.Equal(12, report.Decisions);
        Assert.Equal(4, report.Changed);
        Assert.Equal(
            [("no rule fired", "strategy-discussion", 4), ("no rule fired", "no rule fired", 5), ("strategy-discussion", "strategy-discussion", 3)],
            report.Cells.Select(c => (c.Was, c.WouldBe, c.Count)));
        var changed = report.Cells[0];
        Assert.Equal(wouldChange.Select(CaseReference.Of).Order(), changed.Cases.Select(c => c.Reference).Order());
        Assert.All(changed.Cases, c => Assert.StartsWith("Often missing", c.ChildName, StringComparison.Ordinal));
        Assert.All(changed.Cases, c => Assert.Equal(1, c.Version));
        Assert.Empty(report.Cells.Where(c => !c.Changed).SelectMany(c => c.Cases));
    }

    [Fact]
    public async Task The_shadow_read_of_a_database_file_opened_read_only_gives_the_same_decisions_and_leaves_the_file_unchanged()
    {
        await using var host = await EngineHost.StartAsync(Monday);
        await OpenAsync(host, "Often missing", urgent: false, missing: 5);
        await OpenAsync(host, "Urgent", urgent: true, missing: 0);
        var file = Path.Combine(host.Folder, "engine.db");
        var copy = Path.Combine(host.Folder, "copy.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await source.OpenAsync();
            await using var backup = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}");
            source.BackupDatabase(backup);
        }

        var before = await File.ReadAllBytesAsync(copy);

        var decisions = new List<PastRuleDecision>();
        await foreach (var decision in RuleDecisionHistory.ReadOnly(copy).ReadAsync("front-door-routing", Monday.AddDays(-1), Monday.AddDays(1)))
        {
            decisions.Add(decision);
        }

        Assert.Equal(["no rule fired", "strategy-discussion"], decisions.Select(d => ShadowRunner.Was(JsonNode.Parse(d.Data)!.AsObject())));
        Assert.Equal(before, await File.ReadAllBytesAsync(copy));
    }

    private static async Task<CaseState> OpenAsync(EngineHost host, string child, bool urgent, int missing)
    {
        var result = await host.Cases.OpenCaseAsync(new OpenCaseCommand(
            "cce-referral",
            new ChildDetails(child, new DateOnly(2011, 5, 1), null),
            new ContactDetails("Ms A. Teacher", "education", "Seen with older men after school.", urgent),
            new JsonObject { ["missingEpisodes"] = missing },
            "a.teacher"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }
}
