using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>A timer a migration adds, removes or moves.</summary>
/// <param name="Change">added, removed or moved.</param>
/// <param name="Kind">The timer's kind.</param>
/// <param name="Task">The task it belongs to, if any.</param>
/// <param name="DueAt">When it falls due (for a removed timer, when it would have).</param>
public sealed record MigrationTimerResponse(string Change, string Kind, string? Task, DateTimeOffset DueAt)
{
    internal static MigrationTimerResponse From(MigrationTimerChange change) =>
        new(change.Change.ToString().ToLowerInvariant(), change.Kind.ToString(), change.TaskKey, change.DueAt);
}
