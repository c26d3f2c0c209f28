using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Tests.Scenarios;
using WorkflowEngine.Tests.Shared;

namespace WorkflowEngine.Persistence.Tests.CaseMigration;

/// <summary>
/// A thousand running cce-referral cases on a real SQLite file moved to a second version: the dry
/// run first (nothing written), then the migration in batches, then a second run that finds nothing to do.
/// </summary>
public sealed class CaseMigrationTests
{
    private const int Cases = 1000;
    private const int Urgent = 100;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> StrategyMapped = new() { [CceReferralRevision.OldStrategy] = CceReferralRevision.NewStrategy };

    [Fact]
    public async Task A_thousand_running_cases_move_after_a_dry_run_keeping_their_tasks_and_a_second_run_moves_none()
    {
        await using var host = await EngineHost.StartAsync(Monday);
        var before = new Dictionary<Guid, CaseState>();
        for (var i = 0; i < Cases; i++)
        {
            var state = await host.OpenReferralAsync(urgent: i % (Cases / Urgent) == 0);
            if (i % 10 == 1)
            {
                state = (await host.Cases.ClaimTaskAsync(state.Id, state.Tasks.Single(t => t.IsActive).Id, "worker@childrens-social-care")).Value!;
            }

            before[state.Id] = state;
        }

        var v1 = await host.Documents.GetLatestPublishedAsync(DocumentKind.Workflow, "cce-referral");
        var published = await host.Publisher.PublishAsync(DocumentKind.Workflow, CceReferralRevision.Revise(v1!.Content), "lead", examples: null);
        Assert.True(published.Succeeded, string.Join(" ", published.Errors));
        var migration = host.Get<CaseMigrationService>();
        host.MoveTo(Monday.AddHours(2));
        var request = new CaseMigrationRequest("cce-referral", v1.Version, published.Document!.Version, StrategyMapped, [], "lead", "Police records are checked at the front door.");

        // The dry run without the mapping shows the strategy cases as stuck; with it, all can move; nothing is written.
        var unmapped = (await migration.DryRunAsync(request with { StageMap = new Dictionary<string, string>() })).Value!;
        Assert.Equal((Cases - Urgent, Urgent), (unmapped.Movable, unmapped.Blocked));
        Assert.All(unmapped.Plans.Where(p => !p.CanMove), p => Assert.Equal("migration.stage-unmapped", Assert.Single(p.Blockers).Code));
        var preview = (await migration.DryRunAsync(request)).Value!;
        Assert.Equal(Cases, preview.Movable);
        var frontDoor = preview.Plans.Where(p => p.StageBefore == CceReferralRevision.FrontDoor).ToList();
        Assert.Equal(Cases - Urgent, frontDoor.Count);
        Assert.All(frontDoor, p => Assert.Equal(CceReferralRevision.RecordsCheck, Assert.Single(p.Created).TaskKey));
        Assert.All(preview.Plans.Where(p => p.StageBefore == CceReferralRevision.OldStrategy), p => Assert.Equal(CceReferralRevision.NewStrategy, p.StageAfter));
        Assert.Equal(0, await host.CountJournalAsync("case.migrated"));

        // Refused whole while a stage with cases waiting has no mapping: nothing moves.
        var refused = await migration.MigrateAsync(request with { StageMap = new Dictionary<string, string>() });
        Assert.Equal(CommandStatus.Invalid, refused.Status);
        Assert.Equal("$.stageMap.strategy-discussion", Assert.Single(refused.Errors).Path);
        Assert.Equal(0, await host.CountJournalAsync("case.migrated"));

        var outcome = (await migration.MigrateAsync(request, batchSize: 100)).Value!;
        Assert.Equal((Cases, 10), (outcome.Moved, outcome.Batches));
        Assert.Empty(outcome.NotMoved);

        var catalogue = host.Get<WorkflowCatalogue>();
        var v2 = (await catalogue.GetAsync("cce-referral", published.Document.Version, CancellationToken.None))!;
        var planner = new TimerPlanner(host.Get<IDueTimeCalculator>(), host.TimerOptions, host.Get<ReferenceData>());
        foreach (var (id, old) in before)
        {
            var moved = (await host.Cases.GetAsync(id))!;
            Assert.Equal(published.Document.Version, moved.WorkflowVersion);
            var oldTask = old.Tasks.Single(t => t.IsActive);
            var kept = moved.Tasks.Single(t => t.Id == oldTask.Id);
            Assert.Equal((oldTask.DueAt, oldTask.AssignedTo, oldTask.Status), (kept.DueAt, kept.AssignedTo, kept.Status));
            Assert.Equal(old.StageKey == CceReferralRevision.OldStrategy ? CceReferralRevision.NewStrategy : old.StageKey, moved.StageKey);
            Assert.Equal(moved.StageKey, kept.StageKey);
            Assert.Equal(old.StageKey == CceReferralRevision.FrontDoor ? 2 : 1, moved.Tasks.Count(t => t.IsActive));
            var expected = planner.Plan(moved, v2).Select(p => (p.Key, p.DueAt)).Order().ToList();
            Assert.Equal(expected, moved.Timers.Select(t => (t.Key, t.DueAt)).Order().ToList());
            Assert.True((await host.Cases.VerifyJournalAsync(id))!.IsIntact);
        }

        Assert.Equal(Cases, await host.CountJournalAsync("case.migrated"));
        var entry = (await host.Cases.ReadJournalAsync(before.Keys.First())).Single(e => e.Kind == "case.migrated").Data;
        Assert.Equal((1, 2, "Police records are checked at the front door."),
            (entry["fromVersion"]!.GetValue<int>(), entry["toVersion"]!.GetValue<int>(), entry["reason"]!.GetValue<string>()));
        Assert.Equal(CceReferralRevision.NewStrategy, entry["stageMap"]![CceReferralRevision.OldStrategy]!.GetValue<string>());

        var again = (await migration.MigrateAsync(request)).Value!;
        Assert.Equal((0, 0), (again.Moved, again.NotMoved.Count));
        Assert.Equal(Cases, await host.CountJournalAsync("case.migrated"));
        await using var db = host.NewContext();
        Assert.Equal(Cases - Urgent, await db.Tasks.CountAsync(t => t.TaskKey == CceReferralRevision.RecordsCheck));
    }
}
