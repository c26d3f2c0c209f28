using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Reference;

/// <summary>
/// A case fact rule sets may read (from <c>reference/facts.json</c>). Every fact in the catalogue is
/// present on the object rules see, with its default when the case has no value, so an
/// expression compiles the same way for every case.
/// </summary>
/// <param name="Key">camelCase identifier, e.g. <c>missingEpisodes</c>.</param>
/// <param name="Type">The fact's type.</param>
/// <param name="Label">Plain-English label.</param>
/// <param name="Description">What the fact means and who records it.</param>
public sealed record FactDefinition(string Key, FactType Type, string Label, string? Description = null)
{
    /// <summary>The smallest value an integer or number fact accepts (required for those types).</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest value an integer or number fact accepts (required for those types).</summary>
    public decimal? Maximum { get; init; }

    /// <summary>For a yes/no fact: the number fact it follows from when that is recorded (e.g. severe absence from attendance).</summary>
    public FactDerivation? Derived { get; init; }

    /// <summary>Whether the fact holds a number, so it must have a range.</summary>
    public bool IsNumber => Type is FactType.Integer or FactType.Number;

    /// <summary>The range a number fact accepts; null for other facts, or when the catalogue gives none.</summary>
    public NumberRange? Range => IsNumber && Minimum is { } min && Maximum is { } max ? new NumberRange(min, max, Type == FactType.Integer) : null;
}
