using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Measures;

/// <summary>Where a rebuild finds cases without measure records and writes them. Implemented by the persistence layer.</summary>
public interface IMeasureStore
{
    /// <summary>Up to <paramref name="take"/> cases that have no milestones row, leaving out <paramref name="except"/>.</summary>
    Task<IReadOnlyList<Guid>> ListCasesWithoutMilestonesAsync(int take, IReadOnlyCollection<Guid> except, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every measure record of the case (milestones, education event, disruption measures
    /// and intelligence submissions) in one transaction, without touching the case. If the case no
    /// longer has <see cref="CaseMeasureRecords.CaseVersion"/>, nothing is written and
    /// <see cref="SaveOutcome.Conflict"/> is returned.
    /// </summary>
    Task<SaveOutcome> ReplaceAsync(CaseMeasureRecords records, CancellationToken cancellationToken = default);
}
