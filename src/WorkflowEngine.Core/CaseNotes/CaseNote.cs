namespace WorkflowEngine.Core.CaseNotes;

/// <summary>A case note as recorded in the case's journal.</summary>
/// <param name="Sequence">The journal entry that holds it.</param>
/// <param name="Kind">The kind's key, e.g. <c>visit</c>.</param>
/// <param name="OccurredOn">The day it happened.</param>
/// <param name="Text">What happened.</param>
/// <param name="RecordedBy">Who recorded it (user name).</param>
/// <param name="Agency">The agency they recorded it for.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record CaseNote(long Sequence, string Kind, DateOnly OccurredOn, string Text, string RecordedBy, string Agency, DateTimeOffset RecordedAt);
