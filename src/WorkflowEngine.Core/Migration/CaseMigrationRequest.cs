namespace WorkflowEngine.Core.Migration;

/// <summary>
/// Which running cases to move to which version of their workflow, and where each stage of the
/// old version goes in the new one.
/// </summary>
/// <param name="WorkflowKey">The workflow the cases run.</param>
/// <param name="FromVersion">The version the cases run on now.</param>
/// <param name="ToVersion">The published version to move them to.</param>
/// <param name="StageMap">Old stage key to new stage key; a stage not named maps to the stage of the same key.</param>
/// <param name="Stages">Only cases at these stages of the old version; all stages when empty.</param>
/// <param name="Actor">Who moves the cases (journalled).</param>
/// <param name="Reason">Why (journalled); required to migrate, not for a dry run.</param>
public sealed record CaseMigrationRequest(
    string WorkflowKey,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string> StageMap,
    IReadOnlyList<string> Stages,
    string Actor,
    string? Reason = null);
