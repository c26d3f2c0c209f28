using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>The person holding a task gives it back to the agency's queue.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Actor">Who gives it back.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record ReleaseTaskCommand(Guid CaseId, Guid TaskId, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="ReleaseTaskCommand"/>.</summary>
public sealed class ReleaseTaskHandler : ICaseCommandHandler<ReleaseTaskCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal ReleaseTaskHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ReleaseTaskCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ReleaseTask", command.CaseId, command.TaskId, command.Actor, command.Access,
            (@case, task) => @case.Release(task!), cancellationToken);
}
