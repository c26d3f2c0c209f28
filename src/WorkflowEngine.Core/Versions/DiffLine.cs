namespace WorkflowEngine.Core.Versions;

/// <summary>One line of a <see cref="LineDiff"/>.</summary>
/// <param name="Kind">Kept, removed or added.</param>
/// <param name="Text">The line.</param>
public sealed record DiffLine(DiffLineKind Kind, string Text);
