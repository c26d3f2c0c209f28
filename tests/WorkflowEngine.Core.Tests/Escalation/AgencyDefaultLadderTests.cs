using System.Text.Json.Nodes;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Tests.Escalation;

/// <summary>A task whose workflow gives no ladder climbs its owning agency's default one, as <c>reference/agencies.json</c> sets it.</summary>
public sealed class AgencyDefaultLadderTests
{
    [Fact]
    public async Task A_task_without_a_ladder_is_planned_on_its_agencys_default_ladder()
    {
        var harness = await RuntimeHarness.StartAsync();

        var opened = await harness.OpenAsync();

        // Opened Monday 2 March 2026, 09:00 GMT; due the end of the next working day.
        var task = opened.Tasks.Single();
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero), task.DueAt);

        // The task's clock, fired at each instant it is armed for, climbs the agency's ladder.
        var armed = new List<DateTimeOffset>();
        var state = opened;
        while (state.Timers.SingleOrDefault(t => t.Kind == TimerKind.TaskClock) is { } clock && armed.Count < 3)
        {
            armed.Add(clock.DueAt);
            harness.Time.SetUtcNow(clock.DueAt);
            await harness.Service.Timers.FireTogetherAsync([clock]);
            state = (await harness.Cases.LoadAsync(opened.Id))!;
        }

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero),
            ],
            armed);
        Assert.Equal((1, "team-manager"), (state.Tasks.Single().EscalationLevel, state.Escalations.Single().TargetRole));
    }

    [Fact]
    public void A_default_ladder_that_skips_a_level_or_names_a_missing_role_is_refused_with_the_place_named()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reference-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepositoryPaths.Reference, folder);
        try
        {
            var agencies = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "agencies.json")))!.AsArray();
            var police = agencies.Single(a => a!["key"]!.GetValue<string>() == "police")!;
            police["escalation"]!.AsArray()[0]!["level"] = 2;
            police["escalation"]!.AsArray()[2]!["target"]!["role"] = "chief-constable";
            File.WriteAllText(Path.Combine(folder, "agencies.json"), agencies.ToJsonString());

            var result = ReferenceDataLoader.Load(folder);

            var index = agencies.IndexOf(police);
            Assert.Null(result.Data);
            Assert.Equal(
                [
                    ("reference.ladder-order", $"agencies.json#$[{index}].escalation[0].level"),
                    ("reference.ladder-role", $"agencies.json#$[{index}].escalation[2].target.role"),
                ],
                result.Errors.Select(e => (e.Code, e.Path)));
            Assert.Contains("chief-constable", result.Errors[1].Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
