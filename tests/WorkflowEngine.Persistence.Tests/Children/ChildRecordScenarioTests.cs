using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Persistence.Tests.Scenarios;

namespace WorkflowEngine.Persistence.Tests.Children;

/// <summary>
/// One child, one record, on a real database: two contacts about the same child make one record
/// with two cases; a lead merges two records of one child, the cases move and every case affected
/// journals it; refused merges leave nothing behind.
/// </summary>
public abstract class ChildRecordScenarioTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_contacts_about_the_same_child_make_one_child_record_with_two_cases()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);

        var first = await host.OpenReferralAsync(child: new ChildDetails("Amir Khan", new DateOnly(2011, 6, 1), "LA-777"));
        var byReference = await host.OpenReferralAsync(child: new ChildDetails("A. Khan", null, " la-777"));
        var byName = await host.OpenReferralAsync(child: new ChildDetails("  amir   KHAN", new DateOnly(2011, 6, 1)));
        var another = await host.OpenReferralAsync(child: new ChildDetails("Amir Khan", new DateOnly(2012, 6, 1)));

        Assert.Equal(first.ChildId, byReference.ChildId);
        Assert.Equal(first.ChildId, byName.ChildId);
        Assert.NotEqual(first.ChildId, another.ChildId);
        await using var db = host.NewContext();
        var records = await db.Children.AsNoTracking().ToListAsync();
        Assert.Equal(2, records.Count);
        Assert.Equal(3, await db.Cases.CountAsync(c => c.ChildId == first.ChildId));
        var opened = (await host.Cases.ReadJournalAsync(byName.Id)).First(e => e.Kind == "case.opened");
        Assert.Equal((true, ChildMatching.ByNameAndDateOfBirth), (opened.Data["childRecord"]!["matched"]!.GetValue<bool>(), opened.Data["childRecord"]!["matchedBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_lead_merges_two_records_of_one_child_and_every_case_affected_journals_it()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);
        var kept = await host.OpenReferralAsync(child: new ChildDetails("Bea Jones", new DateOnly(2010, 1, 2), "LA-1"));
        var duplicate = await host.OpenReferralAsync(child: new ChildDetails("Beatrice Jones", new DateOnly(2010, 1, 2)));
        var track = await host.Cases.StartTrack.HandleAsync(new StartTrackCommand(duplicate.Id, "missing-episode", "Missing overnight.", "social.worker"));
        Assert.True(track.Succeeded, string.Join(" ", track.Errors));
        Assert.NotEqual(kept.ChildId, duplicate.ChildId);

        host.MoveTo(Monday.AddHours(2));
        var merged = await host.Cases.MergeChildren!.HandleAsync(new MergeChildrenCommand(kept.ChildId, duplicate.ChildId, "Same child: school confirmed Beatrice is Bea.", "lead"));

        Assert.True(merged.Succeeded, string.Join(" ", merged.Errors));
        Assert.Equal(new[] { duplicate.Id, track.Value!.Id }.Order(), merged.Value!.MovedCaseIds.Order());
        foreach (var id in new[] { kept.Id, duplicate.Id, track.Value.Id })
        {
            var state = (await host.Cases.GetAsync(id))!;
            Assert.Equal(kept.ChildId, state.ChildId);
            var entry = Assert.Single(await host.Cases.ReadJournalAsync(id), e => e.Kind == "child.merged");
            Assert.Equal(("lead", "Same child: school confirmed Beatrice is Bea."), (entry.Actor, entry.Data["reason"]!.GetValue<string>()));
            Assert.Equal(id != kept.Id, entry.Data["moved"]!.GetValue<bool>());
            Assert.True((await host.Cases.VerifyJournalAsync(id))!.IsIntact);
        }

        var registry = host.Get<IChildRegistry>();
        var old = (await registry.GetAsync(duplicate.ChildId))!;
        Assert.Equal((kept.ChildId, "lead", Monday.AddHours(2)), (old.MergedIntoId, old.MergedBy, old.MergedAt));

        // A later contact matching the merged record joins the survivor.
        var later = await host.OpenReferralAsync(child: new ChildDetails("beatrice jones", new DateOnly(2010, 1, 2)));
        Assert.Equal(kept.ChildId, later.ChildId);
    }

    [Fact]
    public async Task A_merge_is_refused_without_a_reason_into_itself_or_into_a_merged_record_and_leaves_nothing_behind()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);
        var a = await host.OpenReferralAsync(child: new ChildDetails("Cal Reid", new DateOnly(2010, 1, 2)));
        var b = await host.OpenReferralAsync(child: new ChildDetails("Callum Reid", new DateOnly(2010, 1, 2)));
        var c = await host.OpenReferralAsync(child: new ChildDetails("C Reid", new DateOnly(2010, 1, 2)));

        var noReason = await host.Cases.MergeChildren!.HandleAsync(new MergeChildrenCommand(a.ChildId, b.ChildId, "  ", "lead"));
        var itself = await host.Cases.MergeChildren!.HandleAsync(new MergeChildrenCommand(a.ChildId, a.ChildId, "Same.", "lead"));
        Assert.True((await host.Cases.MergeChildren!.HandleAsync(new MergeChildrenCommand(a.ChildId, b.ChildId, "Same child.", "lead"))).Succeeded);
        var intoMerged = await host.Cases.MergeChildren!.HandleAsync(new MergeChildrenCommand(b.ChildId, c.ChildId, "Same child.", "lead"));

        Assert.Equal((CommandStatus.Invalid, "reason.required"), (noReason.Status, noReason.Errors[0].Code));
        Assert.Equal((CommandStatus.NotAllowed, "child.merge-into-itself"), (itself.Status, itself.Errors[0].Code));
        Assert.Equal((CommandStatus.NotAllowed, "child.already-merged"), (intoMerged.Status, intoMerged.Errors[0].Code));
        Assert.Equal(c.ChildId, (await host.Cases.GetAsync(c.Id))!.ChildId);
        // Only the one merge that went through is journalled: once on each of its two cases.
        Assert.Equal(2, await host.CountJournalAsync("child.merged"));
    }

    public sealed class OnSqlite() : ChildRecordScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ChildRecordScenarioTests(DatabaseProvider.PostgreSql);
}
