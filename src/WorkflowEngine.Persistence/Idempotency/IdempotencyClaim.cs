namespace WorkflowEngine.Persistence.Idempotency;

/// <summary>What claiming a key found.</summary>
public enum IdempotencyClaimKind
{
    /// <summary>The key is new (or expired): this request may do the work.</summary>
    Claimed,

    /// <summary>The key was used with this same request and its answer is stored: replay it.</summary>
    Replay,

    /// <summary>The key was used with a different request.</summary>
    Mismatch,

    /// <summary>A request with this key is still being worked, or was cut off before its answer was stored.</summary>
    InFlight,
}
