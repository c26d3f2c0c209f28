namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>What a draft would have decided on a period's past decisions, compared with what was decided.</summary>
/// <param name="RuleSet">The rule set.</param>
/// <param name="From">The period's start (inclusive).</param>
/// <param name="To">The period's end (exclusive).</param>
/// <param name="Decisions">How many past decisions were re-run.</param>
/// <param name="Cells">Every "was X, would be Y" pair with its count: changed cells first, largest first.</param>
/// <param name="Faults">Decisions the draft could not run on, with why (the first few).</param>
/// <param name="FaultCount">How many decisions the draft could not run on.</param>
public sealed record ShadowReport(string RuleSet, DateTimeOffset From, DateTimeOffset To, int Decisions, IReadOnlyList<ShadowCell> Cells, IReadOnlyList<string> Faults, int FaultCount)
{
    /// <summary>How many decisions the draft changes.</summary>
    public int Changed => Cells.Where(c => c.Changed).Sum(c => c.Count);
}
