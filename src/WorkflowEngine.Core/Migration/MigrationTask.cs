namespace WorkflowEngine.Core.Migration;

/// <summary>A task a migration keeps, cancels or creates.</summary>
/// <param name="TaskId">The task's id; null for a task still to be created.</param>
/// <param name="TaskKey">The task definition's key.</param>
/// <param name="Title">The task's title (the new version's, for a created task).</param>
/// <param name="Agency">The owning agency; null when a rule set chooses it as the task is created.</param>
/// <param name="OwnerRuleSet">The rule set that chooses the owner of a created task, if any.</param>
/// <param name="DueAt">When the task is due (kept: unchanged; created: as the new version says from now).</param>
/// <param name="AssignedTo">The person holding a kept task.</param>
public sealed record MigrationTask(Guid? TaskId, string TaskKey, string Title, string? Agency, string? OwnerRuleSet, DateTimeOffset? DueAt, string? AssignedTo = null);
