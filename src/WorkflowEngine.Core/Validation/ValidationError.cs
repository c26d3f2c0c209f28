namespace WorkflowEngine.Core.Validation;

/// <summary>
/// One problem found in a definition, rule set or command, phrased for a safeguarding lead.
/// </summary>
/// <param name="Code">A stable machine-readable code, e.g. <c>transition.unknown-stage</c>.</param>
/// <param name="Path">A JSON path to the offending element, e.g. <c>$.stages[2].transitions[0].to</c>.</param>
/// <param name="Message">A plain-English sentence saying what is wrong and how to put it right.</param>
public sealed record ValidationError(string Code, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
