using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// The files in <c>workflows/</c>, <c>rules/</c> or <c>reference/</c> have problems, so the engine
/// refuses to start rather than publish them. The message lists every problem.
/// </summary>
public sealed class CatalogueInvalidException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public CatalogueInvalidException(IReadOnlyList<ValidationError> errors)
        : base("The workflow files have problems:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueInvalidException()
    {
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueInvalidException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
