using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// Finds the cases an inbox search names: by case reference (<c>CASE-1A2B3C4D</c> or its last 8
/// characters) or by words of the child's name, each word matching the start of a word of the name.
/// Both read the search-word index the store keeps with each case (<see cref="CaseSearchWords"/>):
/// a reference is one key, a name word a range of keys, so a search costs the matching cases, never
/// a walk of every case; the tasks are then found by case id.
/// </summary>
internal static class InboxSearch
{
    public static async Task<IReadOnlyList<Guid>> CaseIdsAsync(EngineDbContext db, string search, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        if (CaseReferenceLookup.SuffixOf(text) is { } suffix)
        {
            var word = CaseSearchWords.ReferenceWord(suffix);
            var byReference = await db.CaseSearchWords.AsNoTracking().Where(w => w.Word == word)
                .Select(w => w.CaseId).Take(InboxQuery.MaxSearchCases).ToListAsync(cancellationToken);
            if (byReference.Count > 0)
            {
                return byReference;
            }
        }

        // The longest word leads (it matches the fewest names); each other word is checked on the
        // cases it found by their own key.
        var words = CaseSearchWords.NameWords(text).Distinct(StringComparer.Ordinal).Take(CaseSearchWords.MaxSearchWords)
            .OrderByDescending(w => w.Length).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var sql = new StringBuilder("SELECT DISTINCT w0.\"CaseId\" AS \"Value\" FROM \"CaseSearchWords\" AS w0 WHERE w0.\"Word\" >= {0} AND w0.\"Word\" < {1}");
        for (var i = 1; i < words.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" AND EXISTS (SELECT 1 FROM \"CaseSearchWords\" AS w{i} WHERE w{i}.\"CaseId\" = w0.\"CaseId\" AND w{i}.\"Word\" >= {{{2 * i}}} AND w{i}.\"Word\" < {{{2 * i + 1}}})");
        }

        sql.Append(CultureInfo.InvariantCulture, $" LIMIT {{{2 * words.Count}}}");
        // The SQL text holds only placeholders; the words travel as parameters.
        var parameters = words.SelectMany(w => new object[] { w, CaseSearchWords.After(w) }).Append(InboxQuery.MaxSearchCases).ToArray();
        return await db.Database.SqlQueryRaw<Guid>(sql.ToString(), parameters).ToListAsync(cancellationToken);
    }
}
