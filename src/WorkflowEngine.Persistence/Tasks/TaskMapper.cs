using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Tasks;

internal static class TaskMapper
{
    public static TaskRecord ToRecord(CaseTask task) => new()
    {
        Id = task.Id,
        CaseId = task.CaseId,
        StageKey = task.StageKey,
        StageVisit = task.StageVisit,
        TaskKey = task.TaskKey,
        Title = task.Title,
        Agency = task.Agency,
        Role = task.Role,
        AssignedTo = task.AssignedTo,
        Status = task.Status,
        CreatedAt = task.CreatedAt,
        DueAt = task.DueAt,
        ClosedAt = task.ClosedAt,
        ClosedBy = task.ClosedBy,
        Outcome = task.Outcome,
        DataJson = task.Data is null ? null : StoredJson.Write(task.Data),
        Reason = task.Reason,
        Priority = task.Priority,
        EscalationLevel = task.EscalationLevel,
        EscalatedAt = task.EscalatedAt,
        RemindedAt = task.RemindedAt,
        MarkedOverdueAt = task.MarkedOverdueAt,
        HandoverFrom = task.HandoverFrom,
        HandoverFromRole = task.HandoverFromRole,
        HandoverOfferedAt = task.HandoverOfferedAt,
        SignOffsJson = task.SignOffs.Count == 0 ? null : StoredJson.Write(task.SignOffs),
        Version = task.Version,
    };

    public static CaseTask ToModel(TaskRecord record) => new()
    {
        Id = record.Id,
        CaseId = record.CaseId,
        StageKey = record.StageKey,
        StageVisit = record.StageVisit,
        TaskKey = record.TaskKey,
        Title = record.Title,
        Agency = record.Agency,
        Role = record.Role,
        AssignedTo = record.AssignedTo,
        Status = record.Status,
        CreatedAt = record.CreatedAt,
        DueAt = record.DueAt,
        ClosedAt = record.ClosedAt,
        ClosedBy = record.ClosedBy,
        Outcome = record.Outcome,
        Data = record.DataJson is null ? null : StoredJson.ReadObject(record.DataJson),
        Reason = record.Reason,
        Priority = record.Priority,
        EscalationLevel = record.EscalationLevel,
        EscalatedAt = record.EscalatedAt,
        RemindedAt = record.RemindedAt,
        MarkedOverdueAt = record.MarkedOverdueAt,
        HandoverFrom = record.HandoverFrom,
        HandoverFromRole = record.HandoverFromRole,
        HandoverOfferedAt = record.HandoverOfferedAt,
        SignOffs = record.SignOffsJson is null ? [] : StoredJson.Read<List<TaskSignOff>>(record.SignOffsJson),
        Version = record.Version,
    };
}
