using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Operations;

/// <summary>Heartbeats on EF Core: one row per node, updated in place (inserted at the node's first beat).</summary>
internal sealed class EfNodeHeartbeats(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : INodeHeartbeats
{
    public async Task BeatAsync(NodeHeartbeat heartbeat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var figures = heartbeat.Figures;
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.NodeHeartbeats.Where(r => r.Node == heartbeat.Node).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StartedAt, heartbeat.StartedAt)
            .SetProperty(r => r.SeenAt, heartbeat.SeenAt)
            .SetProperty(r => r.CommandsPerSecond, heartbeat.CommandsPerSecond)
            .SetProperty(r => r.TimerLagSeconds, figures.TimerLag.TotalSeconds)
            .SetProperty(r => r.PendingTimers, figures.PendingTimers)
            .SetProperty(r => r.OutboxBacklog, figures.OutboxBacklog)
            .SetProperty(r => r.Incidents, figures.Incidents), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.NodeHeartbeats.Add(new NodeHeartbeatRecord
        {
            Node = heartbeat.Node, StartedAt = heartbeat.StartedAt, SeenAt = heartbeat.SeenAt, CommandsPerSecond = heartbeat.CommandsPerSecond,
            TimerLagSeconds = figures.TimerLag.TotalSeconds, PendingTimers = figures.PendingTimers, OutboxBacklog = figures.OutboxBacklog, Incidents = figures.Incidents,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.IsCauseOf(ex))
        {
            // Two beats of one node raced at its first report; the other one's row stands until the next beat.
        }
    }

    public async Task<IReadOnlyList<NodeHeartbeat>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NodeHeartbeats.AsNoTracking().Where(r => r.SeenAt >= since).OrderBy(r => r.Node).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new NodeHeartbeat(r.Node, r.StartedAt, r.SeenAt, r.CommandsPerSecond,
            new OperationalFigures(TimeSpan.FromSeconds(r.TimerLagSeconds), r.PendingTimers, r.OutboxBacklog, r.Incidents)))];
    }
}
