using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// Finds the cases an inbox search names: by case reference (<c>CASE-1A2B3C4D</c> or its last 8
/// characters, the end of the case's id) or by words of the child's name. Both read a narrow index
/// of the Cases table (the id's, or the child name's) rather than the table, so a search costs a walk
/// of the partnership's cases, never of the agency's tasks; the tasks are then found by case id.
/// </summary>
internal static class InboxSearch
{
    public static async Task<IReadOnlyList<Guid>> CaseIdsAsync(EngineDbContext db, string search, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        if (CaseReferenceLookup.SuffixOf(text) is { } suffix)
        {
            var byReference = await CaseReferenceLookup.CaseIdsAsync(db, suffix, InboxQuery.MaxSearchCases, cancellationToken);
            if (byReference.Count > 0)
            {
                return byReference;
            }
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5).ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        // SQLite's LIKE ignores case (for ASCII); PostgreSQL's ILIKE does the same there.
        var like = db.Database.IsSqlite() ? "LIKE" : "ILIKE";
        var conditions = string.Join(" AND ", words.Select((_, i) => $"\"ChildName\" {like} {{{i}}} ESCAPE '\\'"));
        var parameters = words.Select(w => (object)("%" + Escape(w) + "%")).Append(InboxQuery.MaxSearchCases).ToArray();
        // The SQL text holds only placeholders; the words travel as parameters. The child-name index
        // is narrow, so scanning it and reading only the matching rows beats scanning the table.
        var byName = "SELECT \"Id\" AS \"Value\" FROM \"Cases\"" + (db.Database.IsSqlite() ? " INDEXED BY \"IX_Cases_ChildName\"" : string.Empty)
            + " WHERE " + conditions + " LIMIT {" + words.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        return await db.Database.SqlQueryRaw<Guid>(byName, parameters).ToListAsync(cancellationToken);
    }

    private static string Escape(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
