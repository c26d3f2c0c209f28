namespace WorkflowEngine.Persistence.Journal;

/// <summary>A case whose journal chain is broken, with the first entry found wrong.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="FirstBadSequence">The number of the first entry found altered, missing, added or out of order.</param>
/// <param name="Problem">A plain sentence saying what is wrong with it.</param>
/// <param name="EntryKind">What that entry records (e.g. <c>task.completed</c>), when the entry is there to read.</param>
/// <param name="EntryOccurredAt">When that entry says it happened, when it is there to read.</param>
public sealed record BrokenJournal(Guid CaseId, long FirstBadSequence, string Problem, string? EntryKind, DateTimeOffset? EntryOccurredAt);
