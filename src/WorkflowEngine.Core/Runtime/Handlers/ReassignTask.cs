using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A manager gives a task to another agency, role or person, saying why.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Agency">The new owning agency.</param>
/// <param name="Role">The new owning role, if any.</param>
/// <param name="AssignTo">The person it now sits with, if any.</param>
/// <param name="Reason">Why it is reassigned (required).</param>
/// <param name="Actor">Who reassigns it.</param>
public sealed record ReassignTaskCommand(Guid CaseId, Guid TaskId, string Agency, string? Role, string? AssignTo, string Reason, string Actor)
{
    /// <summary>Who may do this, checked on the case as loaded for the command; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }
}

/// <summary>Gives a task to another agency, role or person, with a reason (the agency and role checked against the reference data).</summary>
public sealed class ReassignTaskHandler : ICaseCommandHandler<ReassignTaskCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal ReassignTaskHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ReassignTaskCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ReassignTask", command.CaseId, command.TaskId, command.Actor, command.Access, (@case, task) =>
        {
            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            if (!_runner.Reference.AgenciesByKey.TryGetValue(command.Agency, out var agency))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "task.unknown-agency", "$.agency", $"'{command.Agency}' is not an agency of the partnership.");
            }

            if (command.Role is not null && !agency.Roles.Contains(command.Role))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "task.unknown-role", "$.role", $"{agency.Name} has no role '{command.Role}'.");
            }

            return @case.Reassign(task!, command.Agency, command.Role, command.AssignTo, command.Reason);
        }, cancellationToken);
}
