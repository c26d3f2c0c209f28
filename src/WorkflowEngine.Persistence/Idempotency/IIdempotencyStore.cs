namespace WorkflowEngine.Persistence.Idempotency;

/// <summary>
/// Idempotency keys of API requests, kept in the database per user for a day. A key is claimed
/// (committed) before the work starts and its answer stored after, so a retry is answered from the
/// store, refused while the first is in flight, and refused when its request differs.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key for a request with the given fingerprint, or says what the key already holds. Purges expired keys.</summary>
    Task<(IdempotencyClaimKind Kind, IdempotencyAnswer? Answer)> ClaimAsync(string userId, string key, string fingerprint, DateTimeOffset now, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default);

    /// <summary>Stores the answer of a claimed key.</summary>
    Task CompleteAsync(string userId, string key, IdempotencyAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed key up (the work failed without an answer worth keeping), so a retry runs again.</summary>
    Task ReleaseAsync(string userId, string key, CancellationToken cancellationToken = default);
}
