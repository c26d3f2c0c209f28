using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Web.Identity;

/// <summary>Counts failed sign-ins in the database, per key and fixed window, shared by every node.</summary>
internal sealed class SignInFailureCounts(IServiceScopeFactory scopes, SqliteWriteGate writes)
{
    /// <summary>The failures counted for each key in the window (zero for a key with none).</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReadAsync(long window, IReadOnlyList<string> keys)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        var found = await db.SignInFailures.AsNoTracking().Where(f => f.Window == window && keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.Failures);
        return keys.ToDictionary(k => k, k => found.GetValueOrDefault(k));
    }

    /// <summary>Adds one failure to each key in the window, and forgets windows that have ended.</summary>
    public async Task AddAsync(long window, IReadOnlyList<string> keys)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        using var turn = await writes.EnterAsync(CancellationToken.None);
        await db.SignInFailures.Where(f => f.Window < window).ExecuteDeleteAsync();
        foreach (var key in keys)
        {
            if (await IncrementAsync(db, key, window) > 0)
            {
                continue;
            }

            db.SignInFailures.Add(new SignInFailureCount { Key = key, Window = window, Failures = 1 });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another node counted this key's first failure at the same moment: count on its row.
                db.ChangeTracker.Clear();
                if (await IncrementAsync(db, key, window) == 0)
                {
                    throw;
                }
            }
        }
    }

    private static Task<int> IncrementAsync(IdentityStore db, string key, long window) =>
        db.SignInFailures.Where(f => f.Key == key && f.Window == window).ExecuteUpdateAsync(s => s.SetProperty(f => f.Failures, f => f.Failures + 1));
}
