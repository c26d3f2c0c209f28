using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Closes a case by hand with a reason, cancelling its open tasks.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reason">Why (required; recorded, not told to the referrer).</param>
/// <param name="Actor">Who closes it.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record CloseCaseCommand(Guid CaseId, string Reason, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="CloseCaseCommand"/>.</summary>
public sealed class CloseCaseHandler : ICaseCommandHandler<CloseCaseCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal CloseCaseHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(CloseCaseCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("CloseCase", command.CaseId, null, command.Actor, command.Access, (@case, _) =>
        {
            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            @case.CloseByHand(command.Reason);
            return null;
        }, cancellationToken);
}
