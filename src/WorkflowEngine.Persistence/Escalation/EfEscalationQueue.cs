using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Escalation;

namespace WorkflowEngine.Persistence.Escalation;

/// <summary>The escalation queue on EF Core, served by the (Status, TargetAgency, Level) index.</summary>
internal sealed class EfEscalationQueue(IDbContextFactory<EngineDbContext> contexts) : IEscalationQueue
{
    private const int MaxTake = 500;

    public async Task<IReadOnlyList<EscalationQueueItem>> ListAsync(EscalationQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var escalations = db.Escalations.AsNoTracking().Where(e => e.Status == EscalationStatus.Open
            || (query.IncludeAcknowledged && e.Status == EscalationStatus.Acknowledged));
        if (query.TargetAgency is { } agency)
        {
            escalations = escalations.Where(e => e.TargetAgency == agency);
        }

        if (query.TargetRole is { } role)
        {
            escalations = escalations.Where(e => e.TargetRole == role);
        }

        if (query.Level is { } level)
        {
            escalations = escalations.Where(e => e.Level == level);
        }

        if (query.RaisedBefore is { } before)
        {
            escalations = escalations.Where(e => e.RaisedAt < before);
        }

        var joined = escalations
            .Join(db.Tasks, e => e.TaskId, t => t.Id, (e, t) => new { Escalation = e, t.Title, t.Agency, t.DueAt, t.Status, t.CaseId })
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Escalation, r.Title, r.Agency, r.DueAt, r.Status, c.ChildName });
        if (query.InvolvingAgency is { } involving)
        {
            joined = joined.Where(r => r.Agency == involving || r.Escalation.TargetAgency == involving);
        }

        var rows = await joined
            .OrderByDescending(r => r.Escalation.Level).ThenBy(r => r.Escalation.RaisedAt).ThenBy(r => r.Escalation.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxTake))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EscalationQueueItem(r.Escalation, r.Title, r.Agency, r.DueAt, r.Status, r.ChildName))];
    }
}
