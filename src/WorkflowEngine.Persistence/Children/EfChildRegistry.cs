using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Children;

namespace WorkflowEngine.Persistence.Children;

/// <summary>Reads child records through EF Core; they are written with the cases they concern (<see cref="Cases.CaseChangeRows"/>).</summary>
internal sealed class EfChildRegistry(IDbContextFactory<EngineDbContext> contexts) : IChildRegistry
{
    public async Task<ChildRecord?> GetAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken);
    }

    public async Task<IReadOnlyList<ChildRecord>> FindCandidatesAsync(string? normalisedReference, string normalisedName, DateOnly? dateOfBirth, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byReference = normalisedReference is null
            ? []
            : await db.Children.AsNoTracking().Where(c => c.NormalisedReference == normalisedReference).ToListAsync(cancellationToken);
        var byName = dateOfBirth is not { } born
            ? []
            : await db.Children.AsNoTracking().Where(c => c.NormalisedName == normalisedName && c.DateOfBirth == born).ToListAsync(cancellationToken);
        return [.. byReference.Concat(byName).DistinctBy(c => c.Id)];
    }

    public async Task<IReadOnlyList<ChildRecord>> SearchAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        var name = ChildMatching.NormaliseName(text);
        var reference = ChildMatching.NormaliseReference(text);
        if (name.Length == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Children.AsNoTracking()
            .Where(c => c.NormalisedName.Contains(name) || c.NormalisedReference == reference)
            .OrderBy(c => c.NormalisedName).ThenBy(c => c.CreatedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
