using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Takes a turn at the <see cref="SqliteWriteGate"/> around each SaveChanges of a context whose
/// saves are made inside a library (ASP.NET Core Identity's user store, data protection's key
/// ring), where no call site of ours could enter the gate. The turn is held per context, from
/// saving to saved (or failed, or cancelled).
/// </summary>
public sealed class GatedSaveChanges(SqliteWriteGate writes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, TurnBox> _held = [];

    /// <inheritdoc/>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // A save made inside a turn already taken (SignInFailureCounts) must not wait on itself.
        if (!writes.IsHeldHere)
        {
            Hold(eventData.Context, writes.Enter());
        }

        return result;
    }

    /// <inheritdoc/>
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (!writes.IsHeldHere)
        {
            Hold(eventData.Context, await writes.EnterAsync(cancellationToken));
        }

        return result;
    }

    /// <inheritdoc/>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Pass(eventData.Context);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Pass(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc/>
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Pass(eventData.Context);

    /// <inheritdoc/>
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Pass(eventData.Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override void SaveChangesCanceled(DbContextEventData eventData) => Pass(eventData.Context);

    /// <inheritdoc/>
    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Pass(eventData.Context);
        return Task.CompletedTask;
    }

    private void Hold(DbContext? context, SqliteWriteGate.Turn turn)
    {
        if (context is null)
        {
            turn.Dispose();
            return;
        }

        _held.AddOrUpdate(context, new TurnBox(turn));
    }

    private void Pass(DbContext? context)
    {
        if (context is not null && _held.TryGetValue(context, out var box))
        {
            _held.Remove(context);
            box.Turn.Dispose();
        }
    }

    private sealed record TurnBox(SqliteWriteGate.Turn Turn);
}
