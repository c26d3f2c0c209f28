using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Notifications;

/// <summary>The in-app inbox on EF Core. The row's key is the outbox message's id, so a redelivery adds nothing.</summary>
internal sealed class EfInAppNotificationStore(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : IInAppNotificationStore
{
    public async Task<bool> AddIfAbsentAsync(InAppNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Notifications.AnyAsync(n => n.Id == notification.Id, cancellationToken))
        {
            return false;
        }

        db.Notifications.Add(new InAppNotificationRecord
        {
            Id = notification.Id,
            RecipientAgency = notification.Recipient.Agency,
            RecipientRole = notification.Recipient.Role,
            RecipientPerson = notification.Recipient.Person,
            Kind = notification.Kind,
            Subject = notification.Subject,
            Body = notification.Body,
            CaseId = notification.CaseId,
            TaskId = notification.TaskId,
            CreatedAt = notification.CreatedAt,
            ReadAt = notification.ReadAt,
        });
        try
        {
            using var turn = await writes.EnterAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.IsCauseOf(ex))
        {
            // Another dispatcher delivered the same message between the check and the insert.
            return false;
        }
    }

    public async Task<IReadOnlyList<InAppNotification>> ListForAsync(NotificationRecipient recipient, bool unreadOnly, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientAgency == recipient.Agency && n.RecipientRole == recipient.Role && n.RecipientPerson == recipient.Person)
            .Where(n => !unreadOnly || n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(n => new InAppNotification(n.Id, new NotificationRecipient(n.RecipientAgency, n.RecipientRole, n.RecipientPerson),
            n.Kind, n.Subject, n.Body, n.CaseId, n.TaskId, n.CreatedAt, n.ReadAt))];
    }

    public async Task<bool> MarkReadAsync(Guid id, DateTimeOffset readAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using (await writes.EnterAsync(cancellationToken))
        {
            if (await db.Notifications.Where(n => n.Id == id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, readAt), cancellationToken) == 1)
            {
                return true;
            }
        }

        return await db.Notifications.AnyAsync(n => n.Id == id, cancellationToken);
    }
}
