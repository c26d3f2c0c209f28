using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Reference;

/// <summary>The reference data, or every problem found in its files.</summary>
/// <param name="Data">The data, when the files have no problems.</param>
/// <param name="Errors">Every problem, naming the file and field.</param>
public sealed record ReferenceDataLoadResult(ReferenceData? Data, IReadOnlyList<ValidationError> Errors);
