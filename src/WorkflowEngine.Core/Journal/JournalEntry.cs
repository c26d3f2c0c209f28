using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Journal;

/// <summary>
/// One entry of a case's append-only journal. Entries are hash-chained: <see cref="Hash"/> covers
/// the entry's fields and <see cref="PreviousHash"/>, so an edited or deleted entry is detectable.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">1, 2, 3... within the case, without gaps.</param>
/// <param name="OccurredAt">When it happened (from TimeProvider).</param>
/// <param name="Actor">Who did it: a user name, or <c>system</c>.</param>
/// <param name="Kind">What happened, e.g. <c>case.opened</c>, <c>task.completed</c>, <c>rule.decided</c>.</param>
/// <param name="Data">Details as JSON.</param>
/// <param name="PreviousHash">Hash of the previous entry (empty string for the first).</param>
/// <param name="Hash">SHA-256 (lowercase hex) over the previous hash and this entry's canonical form.</param>
public sealed record JournalEntry(
    Guid CaseId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Actor,
    string Kind,
    JsonObject Data,
    string PreviousHash,
    string Hash);
