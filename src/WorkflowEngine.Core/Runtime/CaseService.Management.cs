using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <content>Commands that managers and the timers use: reassign, cancel, move by hand, timers, linked tracks, closing.</content>
public sealed partial class CaseService
{
    /// <summary>Gives a task to another agency, role or person, with a reason.</summary>
    public Task<CommandResult<CaseState>> ReassignTaskAsync(ReassignTaskCommand request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request.CaseId, request.TaskId, null, request.Actor, (command, task) =>
        {
            if (MissingReason(request.Reason) is { } missing)
            {
                return Done(command, missing);
            }

            if (!_reference.AgenciesByKey.TryGetValue(request.Agency, out var agency))
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "task.unknown-agency", "$.agency", $"'{request.Agency}' is not an agency of the partnership."));
            }

            if (request.Role is not null && !agency.Roles.Contains(request.Role))
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "task.unknown-role", "$.role", $"{agency.Name} has no role '{request.Role}'."));
            }

            var refused = Fire(command, task!, TaskTrigger.Reassign);
            if (refused is not null)
            {
                return Done(command, refused);
            }

            var (fromAgency, fromRole) = (task!.Agency, task.Role);
            var data = TaskData(task!);
            data["fromAgency"] = task!.Agency;
            data["fromRole"] = task.Role;
            data["fromPerson"] = task.AssignedTo;
            task.Agency = request.Agency;
            task.Role = request.Role;
            task.AssignedTo = request.AssignTo;
            task.Reason = request.Reason;
            data["toAgency"] = request.Agency;
            data["toRole"] = request.Role;
            data["toPerson"] = request.AssignTo;
            data["reason"] = request.Reason;
            command.Record("task.reassigned", data);
            Handovers.Offer(command, task, fromAgency, fromRole, request.Reason);
            var (subject, body) = NoticesFor(command).Reassigned(command.Case, task, request.Reason);
            command.Notify("task.reassigned", Notifications.Notices.Owner(task), subject, body, task.Id);
            return Done(command, null);
        }, cancellationToken, request.Access);

    /// <summary>Moves the case by hand along one of its current stage's manual transitions, with a reason.</summary>
    public Task<CommandResult<CaseState>> MoveByHandAsync(Guid caseId, string transitionKey, string reason, string actor, CancellationToken cancellationToken = default) =>
        MoveByHandAsync(caseId, transitionKey, reason, actor, null, cancellationToken);

    /// <summary>As <see cref="MoveByHandAsync(Guid, string, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> MoveByHandAsync(Guid caseId, string transitionKey, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, actor, async command =>
        {
            if (string.IsNullOrWhiteSpace(transitionKey))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "case.transition-required", "$.transition", "Choose the transition to move the case along.");
            }

            if (MissingReason(reason) is { } missing)
            {
                return missing;
            }

            command.Record("case.moved-by-hand", new JsonObject { ["transition"] = transitionKey, ["reason"] = reason });
            return Moved(await _navigator.FireAsync(command, StageTriggers.Manual(transitionKey), reason, cancellationToken), command);
        }, cancellationToken, access);

    /// <summary>Fires a timer transition of the case's current stage (called by the timer dispatcher).</summary>
    public Task<CommandResult<CaseState>> FireTimerAsync(Guid caseId, string transitionKey, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, StageNavigator.System, async command =>
            Moved(await _navigator.FireAsync(command, StageTriggers.Timer(transitionKey), "timer", cancellationToken), command),
            cancellationToken);

    /// <summary>Starts one of the workflow's linked tracks for the same child; returns the new case.</summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(Guid caseId, string workflowKey, string reason, string actor, CancellationToken cancellationToken = default) =>
        StartLinkedTrackAsync(caseId, workflowKey, reason, actor, null, cancellationToken);

    /// <summary>As <see cref="StartLinkedTrackAsync(Guid, string, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(Guid caseId, string workflowKey, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        StartLinkedTrackAsync(new StartTrackCommand(caseId, workflowKey, reason, actor, null, access), cancellationToken);

    /// <summary>
    /// Starts one of the workflow's linked tracks for the same child, counting its deadlines from when
    /// the event it follows up happened (e.g. when the child returned), or from now when not given.
    /// </summary>
    public Task<CommandResult<CaseState>> StartLinkedTrackAsync(StartTrackCommand request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request.CaseId, null, null, request.Actor, async command =>
        {
            var (workflowKey, reason) = (request.WorkflowKey, request.Reason);
            if (MissingReason(reason) is { } missing)
            {
                return missing;
            }

            if (DateLimits.CheckReceivedAt(request.OccurredAt, command.Now, "$.occurredAt", "the event") is { } occurred)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, [occurred]);
            }

            var allowed = command.Workflow.Definition.LinkedWorkflows;
            if (!allowed.Contains(workflowKey))
            {
                var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "case.unknown-track", "$.workflow",
                    $"'{workflowKey}' is not a linked track of '{command.Workflow.Definition.Name}'. Tracks it can start: {list}.");
            }

            var linked = await _navigator.StartLinkedAsync(command, workflowKey, reason, cancellationToken, request.OccurredAt);
            return CommandResult<CaseState>.Success(linked.Case);
        }, cancellationToken, request.Access);

    /// <summary>Closes a case by hand with a reason, cancelling its open tasks.</summary>
    public Task<CommandResult<CaseState>> CloseCaseAsync(Guid caseId, string reason, string actor, CancellationToken cancellationToken = default) =>
        CloseCaseAsync(caseId, reason, actor, null, cancellationToken);

    /// <summary>As <see cref="CloseCaseAsync(Guid, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> CloseCaseAsync(Guid caseId, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, actor, command =>
        {
            if (MissingReason(reason) is { } missing)
            {
                return Done(command, missing);
            }

            foreach (var task in command.Case.Tasks.Where(t => t.IsActive).ToList())
            {
                StageNavigator.CancelTask(command, task, $"The case was closed: {reason}", actor);
            }

            command.Case.Status = CaseStatus.Closed;
            command.Case.ClosureReason = reason;
            command.Case.ClosedAt = command.Now;
            command.Record("case.closed", new JsonObject { ["stage"] = command.Case.StageKey, ["reason"] = reason, ["byHand"] = true });
            // The reason may name other agencies' work, so the referrer hears only that it was closed.
            ReferrerFeedback.Closure(command, "closed by a manager; the reason is recorded on the case", NoticesFor(command));
            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>
    /// Records that a person opened the case (the disclosure log): who, when and, if given, why.
    /// Works on closed cases too, since reading a closed case is a disclosure as well.
    /// </summary>
    public Task<CommandResult<CaseState>> RecordViewAsync(Guid caseId, string viewer, string? purpose = null, CancellationToken cancellationToken = default) =>
        ReadCaseAsync(caseId, viewer, purpose, null, cancellationToken);

    /// <summary>
    /// Reads a case for a person with a need to know, and records the read in the disclosure log:
    /// one load, on which <paramref name="access"/> decides and from which the view is recorded and
    /// the case returned. Every entry point that shows case data reads it this way.
    /// </summary>
    public Task<CommandResult<CaseState>> ReadCaseAsync(Guid caseId, string viewer, string? purpose, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, viewer, (command, _) =>
        {
            command.Record("case.viewed", new JsonObject { ["purpose"] = purpose });
            return Done(command, null);
        }, cancellationToken, access, onClosedCase: true);

    private static CommandResult<CaseState>? MissingReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, "reason.required", "$.reason", "Give a reason: it is recorded on the case for everyone who works it.")
            : InputLimits.Reason(reason, "$.reason");

}
