namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>Which running cases to move to which version, and where each old stage goes.</summary>
/// <param name="FromVersion">The version the cases run on now.</param>
/// <param name="ToVersion">The published version to move them to.</param>
/// <param name="StageMap">Old stage key to new stage key; a stage not named goes to the stage of the same key. A stage the new version lacks, where cases wait, must be named.</param>
/// <param name="Stages">Only the cases at these stages of the old version; every stage when left out.</param>
/// <param name="Reason">Why the cases move; required to migrate (recorded on every case), ignored by a dry run.</param>
public sealed record CaseMigrationBody(
    int FromVersion,
    int ToVersion,
    Dictionary<string, string>? StageMap,
    List<string>? Stages,
    [TextLimit(TextLimits.Reason)] string? Reason);
