namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// The names of the Tasks table's inbox indexes, shared by the table's configuration and the inbox
/// reader that names them in <c>INDEXED BY</c>, so the two cannot drift apart.
/// </summary>
internal static class TaskIndexes
{
    public const string ByAgency = "IX_Tasks_Agency_Status_DueAt";
    public const string ByPerson = "IX_Tasks_Agency_AssignedTo_Status_DueAt";
    public const string ByRole = "IX_Tasks_Agency_Role_Status_DueAt";
}
