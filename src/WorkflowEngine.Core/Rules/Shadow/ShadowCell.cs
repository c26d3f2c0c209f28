namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>One cell of the shadow run's table: decisions that were one outcome and would be another (or the same).</summary>
/// <param name="Was">What the published rules decided, e.g. <c>single-agency (emerging)</c>.</param>
/// <param name="WouldBe">What the draft decides on the same inputs.</param>
/// <param name="Count">How many decisions.</param>
/// <param name="Cases">The decisions behind a changed cell, oldest first; empty for an unchanged cell.</param>
public sealed record ShadowCell(string Was, string WouldBe, int Count, IReadOnlyList<ShadowCase> Cases)
{
    /// <summary>Whether the draft changes these decisions.</summary>
    public bool Changed => !string.Equals(Was, WouldBe, StringComparison.Ordinal);
}
