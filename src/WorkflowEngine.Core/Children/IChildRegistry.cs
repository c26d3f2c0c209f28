namespace WorkflowEngine.Core.Children;

/// <summary>
/// Reads the partnership's child records. Implemented by the persistence layer; new and merged
/// records are written with the cases they concern (<see cref="Runtime.CaseChangeSet"/>).
/// </summary>
public interface IChildRegistry
{
    /// <summary>A record, merged or not, or null.</summary>
    Task<ChildRecord?> GetAsync(Guid childId, CancellationToken cancellationToken = default);

    /// <summary>Records (merged ones included) with this reference, or this name and date of birth (both normalised).</summary>
    Task<IReadOnlyList<ChildRecord>> FindCandidatesAsync(string? normalisedReference, string normalisedName, DateOnly? dateOfBirth, CancellationToken cancellationToken = default);

    /// <summary>Records whose name contains the text or whose reference is it, oldest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<ChildRecord>> SearchAsync(string text, int take, CancellationToken cancellationToken = default);
}
