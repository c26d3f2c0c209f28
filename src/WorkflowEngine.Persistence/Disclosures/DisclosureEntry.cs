namespace WorkflowEngine.Persistence.Disclosures;

/// <summary>One time someone was shown a case's details.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">The journal entry's number in the case.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">Who (user name).</param>
/// <param name="Purpose">What they opened, as recorded (e.g. "Opened the case page").</param>
public sealed record DisclosureEntry(Guid CaseId, long Sequence, DateTimeOffset OccurredAt, string Actor, string? Purpose);
