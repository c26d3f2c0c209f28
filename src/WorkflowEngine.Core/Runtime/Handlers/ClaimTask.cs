using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A person takes a task of their agency (taking over a colleague's is journalled as such).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Actor">Who takes it.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record ClaimTaskCommand(Guid CaseId, Guid TaskId, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="ClaimTaskCommand"/>.</summary>
public sealed class ClaimTaskHandler : ICaseCommandHandler<ClaimTaskCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal ClaimTaskHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ClaimTaskCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ClaimTask", command.CaseId, command.TaskId, command.Actor, command.Access,
            (@case, task) => @case.Claim(task!, command.Actor), cancellationToken);
}
