using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <summary>The <see cref="TextLimits"/> and <see cref="DateLimits"/> as the case commands apply them.</summary>
internal static class InputLimits
{
    /// <summary>Every limit a contact's texts break: their lengths and characters.</summary>
    public static IEnumerable<ValidationError> Contact(OpenCaseCommand command)
    {
        ValidationError?[] found =
        [
            TextLimits.Check(command.Child.Name, TextLimits.ChildName, "The child's name", "$.child.name"),
            TextLimits.Check(command.Child.Reference, TextLimits.LocalReference, "The child's local reference", "$.child.reference"),
            TextLimits.Check(command.Contact.Referrer, TextLimits.Referrer, "Who raised the concern", "$.contact.referrer"),
            TextLimits.Check(command.Contact.Concern, TextLimits.Concern, "The concern", "$.contact.concern"),
        ];
        return found.OfType<ValidationError>();
    }

    /// <summary>A reason or note over its limit or unreadable, as a refused command; null when it is fine.</summary>
    public static CommandResult<CaseState>? Reason(string? text, string path) =>
        TextLimits.Check(text, TextLimits.Reason, path == "$.note" ? "The note" : "The reason", path) is { } error
            ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, [error])
            : null;

    /// <summary>An extension too far ahead, as a refused command; null when it is fine.</summary>
    public static CommandResult<CaseState>? Extension(DateTimeOffset newDueAt, DateTimeOffset now) =>
        DateLimits.CheckExtension(newDueAt, now, "$.newDueAt") is { } error
            ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, [error])
            : null;
}
