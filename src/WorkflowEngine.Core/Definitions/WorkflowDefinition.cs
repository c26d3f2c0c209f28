using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// A workflow as written in a <c>workflows/*.json</c> file: the stages a case passes through.
/// The JSON shape is described by <c>schemas/workflow.schema.json</c>.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The schema reference editors use (kept so a file round-trips unchanged).</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Stable kebab-case key, e.g. <c>cce-referral</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>What this workflow is for.</summary>
    public string? Description { get; init; }

    /// <summary>Key of the working-day calendar due times are counted on, e.g. <c>england-and-wales</c>.</summary>
    public required string Calendar { get; init; }

    /// <summary>Key of the stage a new case enters.</summary>
    public required string StartStage { get; init; }

    /// <summary>Keys of workflows that may be started as linked tracks for the same child.</summary>
    public IReadOnlyList<string> LinkedWorkflows { get; init; } = [];

    /// <summary>The stages, in the order an author reads them.</summary>
    public required IReadOnlyList<StageDefinition> Stages { get; init; }

    /// <summary>Free-form designer metadata (node positions); the engine ignores it but keeps it.</summary>
    public JsonElement? Designer { get; init; }
}
