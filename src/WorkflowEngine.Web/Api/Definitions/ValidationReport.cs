using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>The validator's verdict on a document: every problem at once.</summary>
/// <param name="Valid">Whether it has no problems.</param>
/// <param name="Errors">Each problem with its code, JSON path and a sentence a lead understands.</param>
public sealed record ValidationReport(bool Valid, IReadOnlyList<ValidationError> Errors);
