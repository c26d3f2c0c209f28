using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.CaseNotes;

/// <summary>Records case notes in the case's journal (<see cref="CaseNoteJournal"/>).</summary>
public sealed class CaseNoteService(CaseService cases)
{
    /// <summary>Records a case note (note, phone call, meeting or visit), or returns every reason it cannot.</summary>
    public Task<CommandResult<CaseState>> AddAsync(AddCaseNoteCommand request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return cases.AppendAsync(request.CaseId, request.Actor, CaseNoteJournal.Kind, today => Check(request, today),
            CaseNoteJournal.Data(request, request.OccurredOn ?? default), request.Access, cancellationToken);
    }

    /// <summary>Every problem with a note, in the order of the form: kind, date, text.</summary>
    public static IReadOnlyList<ValidationError> Check(AddCaseNoteCommand request, DateOnly today)
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
}
