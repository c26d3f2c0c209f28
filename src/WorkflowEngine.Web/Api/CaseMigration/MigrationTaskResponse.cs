using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>A task a migration keeps, cancels or creates.</summary>
/// <param name="TaskId">The task; null for one still to be created.</param>
/// <param name="Task">The task definition's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Agency">Its agency; null when a rule set chooses it on creation.</param>
/// <param name="OwnerRuleSet">The rule set choosing the owner of a created task.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="AssignedTo">Who holds a kept task.</param>
public sealed record MigrationTaskResponse(Guid? TaskId, string Task, string Title, string? Agency, string? OwnerRuleSet, DateTimeOffset? DueAt, string? AssignedTo)
{
    internal static MigrationTaskResponse From(MigrationTask task) =>
        new(task.TaskId, task.TaskKey, task.Title, task.Agency, task.OwnerRuleSet, task.DueAt, task.AssignedTo);
}
