namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// The names of the Tasks table's inbox indexes, shared by the table's configuration and the inbox
/// reader that names them in <c>INDEXED BY</c>, so the two cannot drift apart. Each holds the
/// priority before the due time, so a walk for one priority class (high priority first, or only
/// one priority) reads only that class's entries in due order.
/// </summary>
internal static class TaskIndexes
{
    public const string ByAgency = "IX_Tasks_Agency_Status_Priority_DueAt";
    public const string ByPerson = "IX_Tasks_Agency_AssignedTo_Status_Priority_DueAt";
    public const string ByRole = "IX_Tasks_Agency_Role_Status_Priority_DueAt";
    public const string ByTask = "IX_Tasks_Agency_TaskKey_Status_Priority_DueAt";
    public const string ByCase = "IX_Tasks_CaseId";

    /// <summary>Tasks passed to another agency and not yet accepted, by sender.</summary>
    public const string AwaitingAcceptance = "IX_Tasks_AwaitingAcceptance";

    /// <summary>The awaiting-acceptance index's condition, the same SQL on both providers.</summary>
    public const string AwaitingAcceptanceFilter = "\"HandoverFrom\" IS NOT NULL";
}
