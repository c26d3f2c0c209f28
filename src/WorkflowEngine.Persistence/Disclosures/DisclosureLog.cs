using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.Disclosures;

/// <summary>
/// The partnership's disclosure log read across cases: every <c>case.viewed</c> journal entry (who
/// was shown which child's details, when, on which page), searched by case reference and by person,
/// newest first, a page at a time. It reads the journal; it writes nothing.
/// </summary>
public sealed class DisclosureLog
{
    /// <summary>The journal kind of a recorded view.</summary>
    public const string ViewedKind = "case.viewed";

    private const int MaxPageSize = 100;
    private readonly IDbContextFactory<EngineDbContext> _contexts;

    internal DisclosureLog(IDbContextFactory<EngineDbContext> contexts) => _contexts = contexts;

    /// <summary>True when the text is a case reference this log can search by.</summary>
    public static bool IsReference(string text) => CaseReferenceLookup.SuffixOf(text) is not null;

    /// <summary>The page of views the search asks for. A reference that is not well formed finds nothing.</summary>
    public async Task<DisclosurePage> SearchAsync(DisclosureSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var size = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, search.Page);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var views = db.Journal.AsNoTracking().Where(j => j.Kind == ViewedKind);
        if (!string.IsNullOrWhiteSpace(search.CaseReference))
        {
            if (CaseReferenceLookup.SuffixOf(search.CaseReference) is not { } suffix)
            {
                return new DisclosurePage([], 0, 1, size);
            }

            // Eight hex characters almost never name two cases; the bound only keeps the query finite.
            var cases = await CaseReferenceLookup.CaseIdsAsync(db, suffix, 1_000, cancellationToken);
            views = views.Where(j => cases.Contains(j.CaseId));
        }

        if (search.UserNames is { } people)
        {
            views = views.Where(j => people.Contains(j.Actor));
        }

        var total = await views.CountAsync(cancellationToken);
        var rows = await views.OrderByDescending(j => j.OccurredAt).ThenByDescending(j => j.CaseId).ThenByDescending(j => j.Sequence)
            .Skip((page - 1) * size).Take(size)
            .Select(j => new { j.CaseId, j.Sequence, j.OccurredAt, j.Actor, j.DataJson })
            .ToListAsync(cancellationToken);
        return new DisclosurePage([.. rows.Select(r => new DisclosureEntry(r.CaseId, r.Sequence, r.OccurredAt, r.Actor, PurposeOf(r.DataJson)))], total, page, size);
    }

    private static string? PurposeOf(string dataJson) =>
        JsonNode.Parse(dataJson) is JsonObject data && data["purpose"] is JsonValue value && value.TryGetValue<string>(out var purpose) ? purpose : null;
}
