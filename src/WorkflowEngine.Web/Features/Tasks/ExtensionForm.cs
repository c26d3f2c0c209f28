using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// The extend-due form's own checks, every field at once (the engine stops at its first complaint,
/// so a bad date would otherwise hide a missing reason): the date, the reason from the list, the note.
/// The engine checks all of them again when the form is sound.
/// </summary>
public static class ExtensionForm
{
    /// <summary>The new due time (the end of the chosen working day), or every error found, with the engine's paths.</summary>
    public static (DateTimeOffset? NewDue, IReadOnlyList<ValidationError> Errors) Check(
        string day, string month, string year, Func<DateOnly, DateTimeOffset> endOfDay, string? reason, string? note,
        IReadOnlyList<ReferenceItem> reasons, DateTimeOffset currentDue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endOfDay);
        ArgumentNullException.ThrowIfNull(reasons);
        var errors = new List<ValidationError>();
        DateTimeOffset? newDue = null;
        if (!DateParts.TryRead(day, month, year, out var date))
        {
            errors.Add(new("page.date", "$.newDueAt", "Enter the new due date as a real date, like 27 3 2026"));
        }
        else
        {
            newDue = endOfDay(date);
            if (DateLimits.CheckExtension(newDue.Value, now, "$.newDueAt") is { } tooFar)
            {
                errors.Add(tooFar);
            }
            else if (newDue <= currentDue || newDue <= now)
            {
                errors.Add(new("extension.not-later", "$.newDueAt", "The new due time must be later than the current one and in the future."));
            }
        }

        if (!reasons.Any(r => r.Key == reason))
        {
            errors.Add(new("extension.unknown-reason", "$.reason", "Choose a reason for the extension"));
        }

        if (reason == "other" && string.IsNullOrWhiteSpace(note))
        {
            errors.Add(new("extension.note-required", "$.note", "Say why, since the reason is 'other'."));
        }
        else if (TextLimits.Check(note, TextLimits.Reason, "The note", "$.note") is { } overLimit)
        {
            errors.Add(overLimit);
        }

        return (errors.Count == 0 ? newDue : null, errors);
    }
}
