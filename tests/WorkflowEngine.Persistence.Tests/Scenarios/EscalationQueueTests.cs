using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Runtime.Handlers;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>The managers' queue over real escalations: filters by target, level and age; highest level first.</summary>
public abstract class EscalationQueueTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Contact = new(2026, 4, 29, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_queue_shows_live_escalations_for_the_manager_highest_level_first()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var older = await host.OpenReferralAsync();
        host.MoveTo(Contact + TimeSpan.FromHours(1));
        var newer = await host.OpenReferralAsync();

        // Both fall due on 30 April; by 12 May 17:00 BST both are at level 2.
        host.MoveTo(new DateTimeOffset(2026, 5, 12, 16, 0, 0, TimeSpan.Zero));
        await host.Dispatcher.DispatchDueAsync();
        var byHand = await host.Cases.EscalateByHand.HandleAsync(new EscalateByHandCommand(newer.Id, newer.Tasks.Single().Id, "No contact with the family for a week.", "sw@childrens-social-care"));
        Assert.True(byHand.Succeeded, string.Join(" ", byHand.Errors));

        var all = await host.Escalations.ListAsync(new EscalationQueueQuery(TargetAgency: "childrens-social-care"));
        Assert.Equal([(3, newer.Id), (2, older.Id)], all.Select(i => (i.Escalation.Level, i.Escalation.CaseId)));
        Assert.All(all, i => Assert.Equal(("Acknowledge and decide referral", "childrens-social-care"), (i.TaskTitle, i.TaskAgency)));

        var agencyManagers = await host.Escalations.ListAsync(new EscalationQueueQuery(TargetAgency: "childrens-social-care", TargetRole: "agency-manager"));
        Assert.Equal(older.Id, Assert.Single(agencyManagers).Escalation.CaseId);
        Assert.Empty(await host.Escalations.ListAsync(new EscalationQueueQuery(TargetAgency: "police")));
        Assert.Equal(3, Assert.Single(await host.Escalations.ListAsync(new EscalationQueueQuery(Level: 3))).Escalation.Level);

        var escalation = all[0].Escalation;
        await host.Cases.Acknowledge.HandleAsync(new AcknowledgeEscalationCommand(newer.Id, escalation.Id, "lead@childrens-social-care"));
        Assert.Single(await host.Escalations.ListAsync(new EscalationQueueQuery(TargetAgency: "childrens-social-care", IncludeAcknowledged: false)));
        await host.Cases.Resolve.HandleAsync(new ResolveEscalationCommand(newer.Id, escalation.Id, "Spoke to the family; visit booked.", "lead@childrens-social-care"));
        Assert.Equal([2], (await host.Escalations.ListAsync(new EscalationQueueQuery(TargetAgency: "childrens-social-care"))).Select(i => i.Escalation.Level));
        Assert.Empty(await host.Escalations.ListAsync(new EscalationQueueQuery(RaisedBefore: new DateTimeOffset(2026, 5, 12, 16, 0, 0, TimeSpan.Zero))));
    }

    public sealed class OnSqlite() : EscalationQueueTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : EscalationQueueTests(DatabaseProvider.PostgreSql);
}
