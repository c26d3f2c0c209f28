using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.CaseMigration;

/// <summary>
/// What a lead has chosen so far on the migration pages: the versions, the stage mapping, the
/// stages to take cases from and the reason; carried from page to page in the forms.
/// </summary>
public sealed class MigrationChoice
{
    /// <summary>The workflow.</summary>
    public required string Key { get; init; }

    /// <summary>The workflow's versions (newest first).</summary>
    public required IReadOnlyList<StoredDocument> Versions { get; init; }

    /// <summary>Open cases by version and stage.</summary>
    public required IReadOnlyList<RunningCaseCount> Running { get; init; }

    /// <summary>The version the cases run on; null until chosen.</summary>
    public int? From { get; init; }

    /// <summary>The version to move them to; null until chosen.</summary>
    public int? To { get; init; }

    /// <summary>The old version's definition, once chosen.</summary>
    public WorkflowDefinition? FromDefinition { get; init; }

    /// <summary>The new version's definition, once chosen.</summary>
    public WorkflowDefinition? ToDefinition { get; init; }

    /// <summary>Old stage to new stage, as chosen (empty values are left out).</summary>
    public IReadOnlyDictionary<string, string> Map { get; init; } = new Dictionary<string, string>();

    /// <summary>Only cases at these stages; all when empty.</summary>
    public IReadOnlyList<string> Stages { get; init; } = [];

    /// <summary>Why, as typed.</summary>
    public string? Reason { get; init; }

    /// <summary>Whether both versions are chosen and known.</summary>
    public bool VersionsChosen => FromDefinition is not null && ToDefinition is not null;

    /// <summary>The stages of the old version where cases wait, with how many.</summary>
    public IEnumerable<RunningCaseCount> WaitingOnFrom => Running.Where(r => r.Version == From);

    /// <summary>The stage a waiting stage goes to: the chosen mapping, else the stage of the same key.</summary>
    public string? TargetOf(string stage) =>
        Map.TryGetValue(stage, out var mapped) ? mapped : ToDefinition?.Stages.Any(s => s.Key == stage) == true ? stage : null;

    /// <summary>A stage's name on the old version.</summary>
    public string FromStageName(string stage) => FromDefinition?.Stages.FirstOrDefault(s => s.Key == stage)?.Name ?? stage;

    /// <summary>A stage's name on the new version.</summary>
    public string ToStageName(string? stage) => stage is null ? "Not mapped" : ToDefinition?.Stages.FirstOrDefault(s => s.Key == stage)?.Name ?? stage;
}
