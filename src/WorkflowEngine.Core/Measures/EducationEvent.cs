namespace WorkflowEngine.Core.Measures;

/// <summary>
/// A suspension or permanent exclusion and the alternative provision that followed: one for each
/// exclusion track, kept up to date as the school and the council record each step.
/// </summary>
public sealed class EducationEvent
{
    /// <summary>The exclusion track (one record each).</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The child.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The case the track was started from, if any.</summary>
    public Guid? ParentCaseId { get; init; }

    /// <summary><c>suspension</c> or <c>permanent-exclusion</c>, when recorded.</summary>
    public string? Kind { get; set; }

    /// <summary>The first day of the suspension or exclusion, once the school has notified.</summary>
    public DateOnly? ExclusionDate { get; set; }

    /// <summary>When the school notified the council.</summary>
    public DateTimeOffset? NotifiedAt { get; set; }

    /// <summary>The day by which full-time provision had to start: the sixth school day on the school-term calendar; none for a suspension of 5 school days or fewer.</summary>
    public DateOnly? ProvisionDueBy { get; set; }

    /// <summary>The date full-time alternative provision started.</summary>
    public DateOnly? ProvisionStartDate { get; set; }

    /// <summary>School days out of full-time education: from the first day of exclusion up to the day before provision started.</summary>
    public int? SchoolDaysOut { get; set; }
}
