using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>The shadow run of a rule set's draft over a period of past decisions.</summary>
/// <param name="Key">The rule set.</param>
/// <param name="Draft">The draft that is run, if there is one.</param>
/// <param name="From">The period's first day, as entered: day, month, year.</param>
/// <param name="To">The period's last day, as entered.</param>
/// <param name="Report">What the run found, once run.</param>
/// <param name="CsvLink">The address of the run's CSV, once run.</param>
/// <param name="MaySee">Whether the viewer may see a case (and so the child's name).</param>
public sealed record ShadowPage(string Key, StoredDocument? Draft, IReadOnlyList<string> From, IReadOnlyList<string> To, ShadowReport? Report, string? CsvLink, Func<ShadowCase, bool> MaySee)
{
    /// <summary>Most cases listed under one cell on the page; the CSV has them all.</summary>
    public const int CasesShown = 100;
}
