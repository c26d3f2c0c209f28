using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Persistence.Operations;

/// <summary>Reads the operational figures with four small queries, each served by the (Status, NextAttemptAt) index of its table.</summary>
internal sealed class EfOperationalFigures(IDbContextFactory<EngineDbContext> contexts) : IOperationalFiguresReader
{
    public async Task<OperationalFigures> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var timers = db.Timers.AsNoTracking();
        // The oldest pending timer whose next attempt is due: what the dispatchers have not caught up with.
        var oldestDue = await timers.Where(t => t.Status == TimerStatus.Pending && t.NextAttemptAt <= now)
            .OrderBy(t => t.NextAttemptAt).Select(t => (DateTimeOffset?)t.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var pending = await timers.CountAsync(t => t.Status == TimerStatus.Pending, cancellationToken);
        var timerIncidents = await timers.CountAsync(t => t.Status == TimerStatus.Incident, cancellationToken);
        var outbox = db.Outbox.AsNoTracking();
        var backlog = await outbox.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await outbox.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var lag = oldestDue is { } due && due < now ? now - due : TimeSpan.Zero;
        return new OperationalFigures(lag, pending, backlog, timerIncidents + failed);
    }
}
