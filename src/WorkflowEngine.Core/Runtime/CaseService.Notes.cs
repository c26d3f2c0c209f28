using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <content>Case notes and documents: each recorded as a journal entry on the case, in one transaction with its version.</content>
public sealed partial class CaseService
{
    /// <summary>Records a case note (note, phone call, meeting or visit) in the case's journal.</summary>
    public Task<CommandResult<CaseState>> AddNoteAsync(AddCaseNoteCommand request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ExecuteAsync(request.CaseId, null, null, request.Actor, command =>
        {
            var today = DateOnly.FromDateTime(_clock.ToLocal(command.Now, command.Workflow.Definition.Calendar));
            var errors = CheckNote(request, today);
            if (errors.Count > 0)
            {
                return Task.FromResult(CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors));
            }

            command.Record(CaseNoteJournal.Kind, CaseNoteJournal.Data(request, request.OccurredOn!.Value));
            return Done(command, null);
        }, cancellationToken, request.Access);
    }

    /// <summary>Every problem with a note, in the order of the form: kind, date, text.</summary>
    public static IReadOnlyList<ValidationError> CheckNote(AddCaseNoteCommand request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<ValidationError>();
        if (!CaseNoteKinds.IsKnown(request.Kind))
        {
            errors.Add(new("note.kind-required", "$.kind", "Choose what the note records: a note, phone call, meeting or visit."));
        }

        if (request.OccurredOn is not { } on)
        {
            errors.Add(new("note.date-required", "$.occurredOn", "Enter the date it happened, like 27 3 2026."));
        }
        else if (on > today)
        {
            errors.Add(new("note.date-in-future", "$.occurredOn", "The date it happened must be today or in the past."));
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors.Add(new("note.text-required", "$.text", "Enter the note: what was said or done."));
        }
        else if (TextLimits.Check(request.Text, TextLimits.CaseNote, "The note", "$.text") is { } text)
        {
            errors.Add(text);
        }

        return errors;
    }

    // The document's content is already in the store; this records it on the case, or refuses.
    internal Task<CommandResult<CaseState>> RecordAttachmentAsync(CaseAttachment attachment, string actorAgency, CaseAccessCheck? access, CancellationToken cancellationToken) =>
        ExecuteAsync(attachment.CaseId, null, null, attachment.UploadedBy, command =>
        {
            command.Record(AttachmentJournal.Kind, AttachmentJournal.Data(attachment, actorAgency));
            return Done(command, null);
        }, cancellationToken, access);
}
