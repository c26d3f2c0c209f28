using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>The result of saving or publishing a document: the stored version, or every reason it was refused.</summary>
/// <param name="Document">The stored version, when accepted.</param>
/// <param name="Errors">Why it was refused.</param>
public sealed record PublishResult(StoredDocument? Document, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether the document was stored.</summary>
    public bool Succeeded => Document is not null;
}
