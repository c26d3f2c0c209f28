using Microsoft.EntityFrameworkCore;
using MimeKit;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// From a timer to a person: the overdue timer writes an outbox row in its own transaction, and the
/// outbox dispatcher delivers it to the in-app inbox and as an .eml file in the pickup folder,
/// once, however often it is delivered.
/// </summary>
public abstract class NotificationDeliveryTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Contact = new(2026, 4, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDue = new(2026, 4, 30, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_overdue_task_reaches_the_in_app_inbox_and_the_mail_pickup_folder_once()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = await host.OpenReferralAsync();
        host.MoveTo(AfterDue);
        await host.Dispatcher.DispatchDueAsync();

        var first = await host.Mail.DeliverDueAsync();
        var again = await host.Mail.DeliverDueAsync();

        Assert.Equal((1, 0), (first.Sent, again.Found));
        var message = Assert.Single(await host.OutboxAsync());
        Assert.Equal((OutboxStatus.Sent, AfterDue, 1), (message.Status, message.SentAt, message.Attempts));

        var inbox = await host.InApp.ListForAsync(new NotificationRecipient("childrens-social-care", "mash"), unreadOnly: true, max: 10);
        var note = Assert.Single(inbox);
        Assert.Equal((message.Id, "task.overdue", opened.Id), (note.Id, note.Kind, note.CaseId));
        Assert.True(await host.InApp.MarkReadAsync(note.Id, AfterDue));
        Assert.Empty(await host.InApp.ListForAsync(new NotificationRecipient("childrens-social-care", "mash"), unreadOnly: true, max: 10));

        var file = Assert.Single(Directory.GetFiles(host.PickupDirectory, "*.eml"));
        using var mime = await MimeMessage.LoadAsync(file);
        Assert.StartsWith("Overdue: Acknowledge and decide referral", mime.Subject, StringComparison.Ordinal);
        Assert.StartsWith(message.Id.ToString(), mime.MessageId, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jay", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("fell due at 17:00 on Thursday 30 April 2026", mime.TextBody, StringComparison.Ordinal);

        // The same reference the inbox and the case page show, so the e-mail leads to the case.
        Assert.Contains(CaseReference.Of(opened.Id), mime.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_delivered_again_after_a_lost_lease_leaves_one_inbox_row_and_one_file()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        await host.OpenReferralAsync();
        host.MoveTo(AfterDue);
        await host.Dispatcher.DispatchDueAsync();
        Assert.Equal(1, (await host.Mail.DeliverDueAsync()).Sent);

        // As if the first dispatcher died after delivering but before recording it.
        await using (var db = host.NewContext())
        using (await host.Writes.EnterAsync(CancellationToken.None))
        {
            await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.SentAt, (DateTimeOffset?)null));
        }

        Assert.Equal(1, (await host.Mail.DeliverDueAsync()).Sent);
        Assert.Single(await host.InApp.ListForAsync(new NotificationRecipient("childrens-social-care", "mash"), unreadOnly: false, max: 10));
        Assert.Single(Directory.GetFiles(host.PickupDirectory, "*.eml"));
    }

    public sealed class OnSqlite() : NotificationDeliveryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : NotificationDeliveryTests(DatabaseProvider.PostgreSql);
}
