using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Someone of an agency signs a task off for it, where an outcome of the task needs that agency's sign-off.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="ActorAgency">The agency the person signs off for (their own).</param>
/// <param name="Actor">Who signs off.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record SignOffTaskCommand(Guid CaseId, Guid TaskId, string ActorAgency, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="SignOffTaskCommand"/>: journalled; the outcome is allowed once every agency it names has signed off.</summary>
public sealed class SignOffTaskHandler : ICaseCommandHandler<SignOffTaskCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal SignOffTaskHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(SignOffTaskCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("SignOffTask", command.CaseId, command.TaskId, command.Actor, command.Access, (@case, task) =>
        {
            var definition = @case.Workflow.Tasks[task!.TaskKey];
            var agencyName = _runner.AgencyName(command.ActorAgency);
            if (!task.IsActive)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.task-finished", "$.taskId",
                    $"Task '{task.Title}' is finished; there is nothing left to sign off.");
            }

            var needed = SignOffs.AgenciesFor(definition);
            if (needed.Count == 0)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.none-needed", "$.taskId",
                    $"Task '{task.Title}' needs no sign-off by any agency.");
            }

            if (!needed.Contains(command.ActorAgency))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Forbidden, "sign-off.not-your-agency", "$.agency",
                    $"Task '{task.Title}' needs sign-off by {string.Join(" and ", needed.Select(_runner.AgencyName))}, not by {agencyName}.");
            }

            if (task.SignOffs.FirstOrDefault(s => s.Agency == command.ActorAgency) is { } earlier)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.already-given", "$.agency",
                    $"{agencyName} has already signed this task off ({earlier.By}).");
            }

            @case.SignOff(task, command.ActorAgency, command.Actor);
            return null;
        }, cancellationToken);
}
