namespace WorkflowEngine.Core.Children;

/// <summary>
/// One child known to the partnership: every case and track about them points at it, so a second
/// contact about the same child joins the first instead of starting a stranger's file. A record
/// merged into another is kept (never deleted) and says which record it now lives on.
/// </summary>
public sealed class ChildRecord
{
    /// <summary>The child's identity: the <c>ChildId</c> of each of their cases.</summary>
    public required Guid Id { get; init; }

    /// <summary>The local reference (e.g. the council's person ID) as first given, if any.</summary>
    public string? LocalReference { get; init; }

    /// <summary>The reference as matched (<see cref="ChildMatching.NormaliseReference"/>).</summary>
    public string? NormalisedReference { get; init; }

    /// <summary>The child's name as first given.</summary>
    public required string Name { get; init; }

    /// <summary>The name as matched (<see cref="ChildMatching.NormaliseName"/>).</summary>
    public required string NormalisedName { get; init; }

    /// <summary>Date of birth, if known.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>When the record was made (with the first case about the child).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The record this one was merged into; null while it stands on its own.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>When it was merged.</summary>
    public DateTimeOffset? MergedAt { get; set; }

    /// <summary>The lead who merged it.</summary>
    public string? MergedBy { get; set; }

    /// <summary>Why the lead judged the two records to be the same child.</summary>
    public string? MergeReason { get; set; }

    /// <summary>Optimistic concurrency: two leads merging the same record at once cannot both win.</summary>
    public long Version { get; set; }

    /// <summary>A new record for the child of a contact.</summary>
    public static ChildRecord For(Cases.ChildDetails child, Guid id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(child);
        var reference = string.IsNullOrWhiteSpace(child.Reference) ? null : child.Reference.Trim();
        return new ChildRecord
        {
            Id = id,
            LocalReference = reference,
            NormalisedReference = ChildMatching.NormaliseReference(reference),
            Name = child.Name.Trim(),
            NormalisedName = ChildMatching.NormaliseName(child.Name),
            DateOfBirth = child.DateOfBirth,
            CreatedAt = now,
            Version = 1,
        };
    }
}
