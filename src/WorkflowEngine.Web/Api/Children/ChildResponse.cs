using WorkflowEngine.Core.Children;

namespace WorkflowEngine.Web.Api.Children;

/// <summary>A child record.</summary>
/// <param name="Id">The record: the <c>childId</c> of the child's cases.</param>
/// <param name="Name">The name as first recorded.</param>
/// <param name="DateOfBirth">Date of birth, if known.</param>
/// <param name="LocalReference">The local reference (e.g. the council's person ID), if known.</param>
/// <param name="CreatedAt">When the record was made.</param>
/// <param name="MergedIntoId">The record this one was merged into, or null.</param>
/// <param name="MergedAt">When it was merged.</param>
/// <param name="MergedBy">Who merged it.</param>
/// <param name="MergeReason">Why.</param>
public sealed record ChildResponse(Guid Id, string Name, DateOnly? DateOfBirth, string? LocalReference, DateTimeOffset CreatedAt,
    Guid? MergedIntoId, DateTimeOffset? MergedAt, string? MergedBy, string? MergeReason)
{
    /// <summary>The response for a record.</summary>
    public static ChildResponse From(ChildRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Name, r.DateOfBirth, r.LocalReference, r.CreatedAt, r.MergedIntoId, r.MergedAt, r.MergedBy, r.MergeReason);
    }
}
