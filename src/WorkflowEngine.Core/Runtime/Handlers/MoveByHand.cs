using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Moves the case by hand along one of its current stage's manual transitions, with a reason.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TransitionKey">The manual transition.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="Actor">Who moves it.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record MoveByHandCommand(Guid CaseId, string TransitionKey, string Reason, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="MoveByHandCommand"/>; the stage machine and the transition's guards decide.</summary>
public sealed class MoveByHandHandler : ICaseCommandHandler<MoveByHandCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal MoveByHandHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(MoveByHandCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("MoveByHand", command.CaseId, null, command.Actor, command.Access, async (@case, _) =>
        {
            if (string.IsNullOrWhiteSpace(command.TransitionKey))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "case.transition-required", "$.transition", "Choose the transition to move the case along.");
            }

            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            @case.Record("case.moved-by-hand", new JsonObject { ["transition"] = command.TransitionKey, ["reason"] = command.Reason });
            return CaseCommandRunner.Moved(await _runner.Navigator.FireAsync(@case, StageTriggers.Manual(command.TransitionKey), command.Reason, cancellationToken), @case);
        }, cancellationToken);
}
