using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Runtime;

/// <content>The manager's tools: escalate by hand, acknowledge, resolve, extend a due time. Each is journalled and re-plans the case's timers in the same transaction.</content>
public sealed partial class CaseService
{
    /// <summary>The reference list a due time extension's reason must come from.</summary>
    public const string ExtensionReasonsList = "extension-reasons";

    /// <summary>Someone judges the situation is not improving and escalates the task one level up, saying why.</summary>
    public Task<CommandResult<CaseState>> EscalateByHandAsync(Guid caseId, Guid taskId, string reason, string actor, CancellationToken cancellationToken = default) =>
        EscalateByHandAsync(caseId, taskId, reason, actor, null, cancellationToken);

    /// <summary>As <see cref="EscalateByHandAsync(Guid, Guid, string, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> EscalateByHandAsync(Guid caseId, Guid taskId, string reason, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            if (MissingReason(reason) is { } missing)
            {
                return Done(command, missing);
            }

            if (!task!.IsActive || task.EscalationLevel >= EscalationLadders.TopLevel)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.not-allowed", "$.taskId",
                    task.IsActive ? "This task is already escalated to the partnership chair, the top of the ladder." : $"Task '{task.Title}' is finished; there is nothing to escalate."));
            }

            var level = task.EscalationLevel + 1;
            var rung = EscalationLadders.For(command.Workflow.Tasks[task.TaskKey], _reference.AgenciesByKey.GetValueOrDefault(task.Agency)).FirstOrDefault(r => r.Level == level);
            EscalationBook.Raise(command, NoticesFor(command), task, level, rung?.Target ?? EscalationLadders.DefaultTarget(level),
                [Definitions.EscalationAction.Notify, Definitions.EscalationAction.RaisePriority], reason, byHand: true);
            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>A manager takes an open escalation on.</summary>
    public Task<CommandResult<CaseState>> AcknowledgeEscalationAsync(Guid caseId, Guid escalationId, string actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, actor, command =>
        {
            var escalation = command.Case.Escalations.Find(e => e.Id == escalationId);
            if (escalation is null)
            {
                return Done(command, NoSuchEscalation());
            }

            if (escalation.Status != EscalationStatus.Open)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.not-open", "$.escalationId",
                    $"This escalation is already {escalation.Status.ToString().ToLowerInvariant()} (by {escalation.AcknowledgedBy ?? escalation.ResolvedBy})."));
            }

            command.Touch(escalation);
            escalation.Status = EscalationStatus.Acknowledged;
            escalation.AcknowledgedAt = command.Now;
            escalation.AcknowledgedBy = actor;
            command.Record("escalation.acknowledged", EscalationData(escalation));
            return Done(command, null);
        }, cancellationToken);

    /// <summary>A manager closes an escalation with a note of what was done.</summary>
    public Task<CommandResult<CaseState>> ResolveEscalationAsync(Guid caseId, Guid escalationId, string note, string actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, null, null, actor, command =>
        {
            if (string.IsNullOrWhiteSpace(note))
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "escalation.note-required", "$.note",
                    "Say what was done about the escalation: it is recorded on the case."));
            }

            if (InputLimits.Reason(note, "$.note") is { } unreadableNote) return Done(command, unreadableNote);

            var escalation = command.Case.Escalations.Find(e => e.Id == escalationId);
            if (escalation is null)
            {
                return Done(command, NoSuchEscalation());
            }

            if (!escalation.IsLive)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.resolved", "$.escalationId",
                    $"This escalation was already resolved by {escalation.ResolvedBy}: {escalation.Resolution}"));
            }

            EscalationBook.Resolve(command, escalation, note, actor);
            return Done(command, null);
        }, cancellationToken);

    /// <summary>A manager extends a task's due time with a stop-the-clock reason; every pending timer of the task moves with it.</summary>
    public Task<CommandResult<CaseState>> ExtendDueAsync(ExtendDueCommand request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request.CaseId, request.TaskId, null, request.Actor, (command, task) =>
        {
            var reasons = _reference.GetChoiceList(ExtensionReasonsList) ?? [];
            var reason = reasons.FirstOrDefault(r => r.Key == request.Reason);
            if (reason is null)
            {
                var keys = reasons.Count == 0 ? "none are configured" : string.Join(", ", reasons.Select(r => r.Key));
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.unknown-reason", "$.reason",
                    $"Choose a reason for the extension from the list ({keys})."));
            }

            if (request.Reason == "other" && string.IsNullOrWhiteSpace(request.Note))
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.note-required", "$.note", "Say why, since the reason is 'other'."));
            }

            if ((InputLimits.Reason(request.Note, "$.note") ?? InputLimits.Extension(request.NewDueAt, command.Now)) is { } overLimit) return Done(command, overLimit);

            if (!task!.IsActive)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "extension.task-finished", "$.taskId", $"Task '{task.Title}' is finished; its due time cannot change."));
            }

            if (request.NewDueAt <= task.DueAt || request.NewDueAt <= command.Now)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.not-later", "$.newDueAt",
                    "The new due time must be later than the current one and in the future."));
            }

            command.Touch(task);
            var data = TaskData(task);
            data["fromDueAt"] = task.DueAt;
            data["toDueAt"] = request.NewDueAt;
            data["reason"] = request.Reason;
            data["note"] = request.Note;
            task.DueAt = request.NewDueAt.ToUniversalTime();
            task.MarkedOverdueAt = null;
            task.RemindedAt = null;
            command.Record("task.extended", data);
            var (subject, body) = NoticesFor(command).Extended(command.Case, task, reason.Name + (request.Note is null ? string.Empty : $": {request.Note}"));
            command.Notify("task.extended", Notices.Owner(task), subject, body, task.Id);
            return Done(command, null);
        }, cancellationToken, request.Access);

    private static CommandResult<CaseState> NoSuchEscalation() =>
        CommandResult<CaseState>.Failure(CommandStatus.NotFound, "escalation.not-found", "$.escalationId", "This case has no such escalation.");
}
