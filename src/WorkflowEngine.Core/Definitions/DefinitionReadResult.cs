using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Definitions;

/// <summary>What reading a workflow file gave: the definition, or every problem that stopped it.</summary>
/// <param name="Definition">The definition; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">JSON syntax and schema problems, each with a path and a plain-English sentence.</param>
public sealed record DefinitionReadResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether the file was read without problems.</summary>
    public bool Succeeded => Definition is not null && Errors.Count == 0;
}
