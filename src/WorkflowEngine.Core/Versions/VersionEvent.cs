namespace WorkflowEngine.Core.Versions;

/// <summary>One entry in a version's history: who published or retired it, when and why.</summary>
/// <param name="Kind">Workflow or rule set.</param>
/// <param name="Key">The document's key.</param>
/// <param name="Version">The version acted on.</param>
/// <param name="Action">What was done.</param>
/// <param name="Actor">Who did it (a user, or <c>system:files</c> at start-up).</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, as the person gave it; null when none was given.</param>
public sealed record VersionEvent(DocumentKind Kind, string Key, int Version, VersionAction Action, string Actor, DateTimeOffset At, string? Reason);
