using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A manager stops the clock on a task: a later due time, with a reason from the partnership's list.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="NewDueAt">The new due time; later than the current one and than now.</param>
/// <param name="Reason">A key from the <c>extension-reasons</c> list, e.g. <c>awaiting-another-agency</c>.</param>
/// <param name="Note">What the reason does not say; required when the reason is <c>other</c>.</param>
/// <param name="Actor">Who extends it.</param>
public sealed record ExtendDueCommand(Guid CaseId, Guid TaskId, DateTimeOffset NewDueAt, string Reason, string? Note, string Actor)
{
    /// <summary>Who may do this, checked on the case as loaded for the command; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }
}

/// <summary>A manager extends a task's due time with a stop-the-clock reason; every pending timer of the task moves with it.</summary>
public sealed class ExtendDueHandler : ICaseCommandHandler<ExtendDueCommand, CaseState>
{
    /// <summary>The reference list a due time extension's reason must come from.</summary>
    public const string ExtensionReasonsList = "extension-reasons";

    private readonly CaseCommandRunner _runner;

    internal ExtendDueHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ExtendDueCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ExtendDue", command.CaseId, command.TaskId, command.Actor, command.Access, (@case, task) =>
        {
            var reasons = _runner.Reference.GetChoiceList(ExtensionReasonsList) ?? [];
            var reason = reasons.FirstOrDefault(r => r.Key == command.Reason);
            if (reason is null)
            {
                var keys = reasons.Count == 0 ? "none are configured" : string.Join(", ", reasons.Select(r => r.Key));
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.unknown-reason", "$.reason",
                    $"Choose a reason for the extension from the list ({keys}).");
            }

            if (command.Reason == "other" && string.IsNullOrWhiteSpace(command.Note))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.note-required", "$.note", "Say why, since the reason is 'other'.");
            }

            if ((InputLimits.Reason(command.Note, "$.note") ?? InputLimits.Extension(command.NewDueAt, @case.Now)) is { } overLimit)
            {
                return overLimit;
            }

            if (!task!.IsActive)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "extension.task-finished", "$.taskId", $"Task '{task.Title}' is finished; its due time cannot change.");
            }

            if (command.NewDueAt <= task.DueAt || command.NewDueAt <= @case.Now)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "extension.not-later", "$.newDueAt",
                    "The new due time must be later than the current one and in the future.");
            }

            @case.ExtendDue(task, command.NewDueAt, command.Reason, reason.Name, command.Note);
            return null;
        }, cancellationToken);
}
