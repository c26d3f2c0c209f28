namespace WorkflowEngine.Core.Versions;

/// <summary>
/// The last import of a file in <c>workflows/</c> or <c>rules/</c>: kept apart from the version
/// history, so start-up can tell a changed file from a lead's newer version.
/// </summary>
/// <param name="Kind">Workflow or rule set.</param>
/// <param name="Key">The file's key (its name without <c>.json</c>).</param>
/// <param name="FileHash">The hash of the file (and a rule set's examples file) as last imported (<see cref="ContentHash"/>).</param>
/// <param name="Version">The version the import published, or the draft it stored.</param>
/// <param name="ImportedAt">When.</param>
public sealed record ImportedFile(DocumentKind Kind, string Key, string FileHash, int Version, DateTimeOffset ImportedAt);
