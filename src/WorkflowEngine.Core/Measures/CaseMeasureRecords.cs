namespace WorkflowEngine.Core.Measures;

/// <summary>
/// Every measure record of one case, projected in full from the case as it stands: what a rebuild
/// writes over whatever rows the case had.
/// </summary>
public sealed class CaseMeasureRecords
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case's version when it was projected: the rows are written only if the case still has it.</summary>
    public required long CaseVersion { get; init; }

    /// <summary>The case's milestones.</summary>
    public required CaseMilestones Milestones { get; init; }

    /// <summary>The exclusion track's education event; null for other cases.</summary>
    public EducationEvent? Education { get; init; }

    /// <summary>The disruption measures of every completed disruption action of the case.</summary>
    public List<DisruptionMeasureRecord> DisruptionMeasures { get; } = [];

    /// <summary>The intelligence submissions recorded by every completed task of the case.</summary>
    public List<IntelligenceSubmission> IntelligenceSubmissions { get; } = [];
}
