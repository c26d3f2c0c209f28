namespace WorkflowEngine.Persistence.Idempotency;

/// <summary>The answer stored for an idempotency key, replayed to a retry of the same request.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The body's media type, if any.</param>
/// <param name="Location">The <c>Location</c> header (the address of what was created), if any.</param>
/// <param name="Body">The body as sent.</param>
public sealed record IdempotencyAnswer(int Status, string? ContentType, string? Location, byte[] Body)
{
    /// <summary>The longest key a client may send.</summary>
    public const int MaxKeyLength = 200;
}
