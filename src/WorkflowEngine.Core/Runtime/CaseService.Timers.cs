using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <content>Firing durable timers: reminders, overdue marks, escalation rungs and stage timer transitions.</content>
public sealed partial class CaseService
{
    /// <inheritdoc />
    /// <exception cref="TimerFireException">The workflow refused what the timer asked, or the case kept changing under it.</exception>
    public async Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.Kind != TimerKind.StageTransition)
        {
            return await FireTogetherAsync([timer], cancellationToken) == 1;
        }

        var result = await ExecuteAsync(timer.CaseId, null, null, StageNavigator.System, async command =>
        {
            var current = command.Case.Timers.Find(t => t.Id == timer.Id);
            if (current is null || current.Version != timer.Version)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotFound, "timer.gone", "$.timerId", "The timer was already fired or re-planned.");
            }

            command.Fired(current);
            return Moved(await _navigator.FireAsync(command, StageTriggers.Timer(current.TransitionKey!), "timer", cancellationToken), command);
        }, cancellationToken);

        return result.Status switch
        {
            CommandStatus.Succeeded => true,
            CommandStatus.NotFound => false,
            _ => throw new TimerFireException(timer, string.Join(" ", result.Errors.Select(e => e.Message))),
        };
    }

    /// <inheritdoc />
    /// <exception cref="TimerFireException">The workflow refused what a timer asked, or the case kept changing under them.</exception>
    public async Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timers);
        if (timers.Count == 0 || timers.Any(t => t.CaseId != timers[0].CaseId || t.Kind == TimerKind.StageTransition))
        {
            throw new ArgumentException("Only task timers of one case fire together.", nameof(timers));
        }

        // Reminder before overdue before the rungs, whatever order they were claimed in.
        var inOrder = timers.OrderBy(t => t.DueAt).ThenBy(t => t.Kind).ThenBy(t => t.Level).ToList();
        var fired = 0;
        var result = await ExecuteAsync(timers[0].CaseId, null, null, StageNavigator.System, command =>
        {
            fired = 0;
            foreach (var timer in inOrder)
            {
                var current = command.Case.Timers.Find(t => t.Id == timer.Id);
                if (current is null || current.Version != timer.Version)
                {
                    continue;
                }

                command.Fired(current);
                var done = FireTaskTimer(command, current);
                if (done.Status != CommandStatus.Succeeded)
                {
                    return Task.FromResult(done);
                }

                fired++;
            }

            return Task.FromResult(fired > 0
                ? CommandResult<CaseState>.Success(command.Case)
                : CommandResult<CaseState>.Failure(CommandStatus.NotFound, "timer.gone", "$.timerId", "The timers were already fired or re-planned."));
        }, cancellationToken);

        return result.Status switch
        {
            CommandStatus.Succeeded => fired,
            CommandStatus.NotFound => 0,
            _ => throw new TimerFireException(inOrder[0], string.Join(" ", result.Errors.Select(e => e.Message))),
        };
    }

    private CommandResult<CaseState> FireTaskTimer(CaseCommand command, DueTimer timer)
    {
        var task = command.Case.Tasks.Find(t => t.Id == timer.TaskId);
        if (task is null || !task.IsActive)
        {
            // The task ended in a change the timer row had not yet caught up with: just drop the timer.
            return CommandResult<CaseState>.Success(command.Case);
        }

        command.Touch(task);
        switch (timer.Kind)
        {
            case TimerKind.TaskReminder:
                // A reminder that comes too late (the service was down) is recorded but not sent:
                // the overdue notice that follows says more.
                task.RemindedAt = command.Now;
                var sent = command.Now < task.DueAt;
                if (sent)
                {
                    var (subject, body) = NoticesFor(command).Reminder(command.Case, task);
                    command.Notify("task.reminder", Notices.Owner(task), subject, body, task.Id);
                }

                var reminded = TaskData(task);
                reminded["sent"] = sent;
                command.Record("task.reminded", reminded);
                break;
            case TimerKind.TaskOverdue:
                task.MarkedOverdueAt = command.Now;
                var overdue = NoticesFor(command).Overdue(command.Case, task);
                command.Notify("task.overdue", Notices.Owner(task), overdue.Subject, overdue.Body, task.Id);
                var data = TaskData(task);
                data["dueAt"] = task.DueAt;
                command.Record("task.overdue", data);
                break;
            case TimerKind.EscalationRung:
                var rung = EscalationLadders.For(command.Workflow.Tasks[task.TaskKey], _reference.AgenciesByKey.GetValueOrDefault(task.Agency)).FirstOrDefault(r => r.Level == timer.Level)
                    ?? throw new WorkflowFaultException($"Task '{task.TaskKey}' has no escalation rung at level {timer.Level}.");
                EscalationBook.Raise(command, NoticesFor(command), task, rung.Level, rung.Target, rung.Actions,
                    string.Create(CultureInfo.InvariantCulture, $"Not done by level {rung.Level}'s deadline ({timer.DueAt:yyyy-MM-dd HH:mm} UTC)."), byHand: false);
                break;
            default:
                throw new WorkflowFaultException($"Timer kind {timer.Kind} is not a task timer.");
        }

        return CommandResult<CaseState>.Success(command.Case);
    }

    private Notices NoticesFor(CaseCommand command) => new(instant => _clock.ToLocal(instant, command.Workflow.Definition.Calendar));

    private static void ResolveLiveEscalations(CaseCommand command, CaseTask task, string resolution, string actor) =>
        EscalationBook.ResolveLive(command, task, resolution, actor);

    private static JsonObject EscalationData(TaskEscalation escalation) => new()
    {
        ["escalationId"] = escalation.Id.ToString(), ["taskId"] = escalation.TaskId.ToString(), ["level"] = escalation.Level,
    };
}
