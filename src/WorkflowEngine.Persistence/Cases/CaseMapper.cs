using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Cases;

internal static class CaseMapper
{
    /// <summary>The row for a case; the child's and contact's stored JSON is reused when they are as loaded.</summary>
    public static CaseRecord ToRecord(CaseState state, LoadedCase? loaded = null) => new()
    {
        Id = state.Id,
        ChildId = state.ChildId,
        ParentCaseId = state.ParentCaseId,
        WorkflowKey = state.WorkflowKey,
        WorkflowVersion = state.WorkflowVersion,
        StageKey = state.StageKey,
        StageEnteredAt = state.StageEnteredAt,
        StageVisit = state.StageVisit,
        Status = state.Status,
        ClosureReason = state.ClosureReason,
        OpenedAt = state.OpenedAt,
        ClosedAt = state.ClosedAt,
        ChildJson = loaded is not null && loaded.Child == state.Child ? loaded.Row.ChildJson : StoredJson.Write(state.Child),
        ChildName = state.Child.Name,
        ReferrerAgency = state.Contact.ReferrerAgency,
        RecordedBy = state.ParentCaseId is null ? state.Contact.RecordedBy : null,
        InvolvedAgencies = "|" + string.Concat(state.InvolvedAgencies.Select(a => a + "|")),
        ContactJson = loaded is not null && loaded.Contact == state.Contact ? loaded.Row.ContactJson : StoredJson.Write(state.Contact),
        FactsJson = StoredJson.Write(state.Facts),
        Version = state.Version,
        JournalSequence = state.JournalSequence,
        JournalHead = state.JournalHead,
    };

    public static CaseState ToModel(CaseRecord record, IEnumerable<CaseTask> tasks) => new()
    {
        Id = record.Id,
        ChildId = record.ChildId,
        ParentCaseId = record.ParentCaseId,
        WorkflowKey = record.WorkflowKey,
        WorkflowVersion = record.WorkflowVersion,
        StageKey = record.StageKey,
        StageEnteredAt = record.StageEnteredAt,
        StageVisit = record.StageVisit,
        Status = record.Status,
        ClosureReason = record.ClosureReason,
        OpenedAt = record.OpenedAt,
        ClosedAt = record.ClosedAt,
        Child = StoredJson.Read<ChildDetails>(record.ChildJson),
        Contact = StoredJson.Read<ContactDetails>(record.ContactJson),
        Facts = StoredJson.ReadObject(record.FactsJson),
        Version = record.Version,
        JournalSequence = record.JournalSequence,
        JournalHead = record.JournalHead,
        InvolvedAgencies = [.. record.InvolvedAgencies.Split('|', StringSplitOptions.RemoveEmptyEntries)],
        Tasks = [.. tasks],
    };
}
