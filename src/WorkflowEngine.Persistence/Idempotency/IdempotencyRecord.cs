namespace WorkflowEngine.Persistence.Idempotency;

/// <summary>A row of the IdempotencyKeys table: one client's key, the request it was first used with, and the answer once there is one.</summary>
internal sealed class IdempotencyRecord
{
    public string UserId { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Null while the first request is still being worked.</summary>
    public int? Status { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }
}
