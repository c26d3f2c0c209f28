using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// Finds the cases an inbox search names: by case reference (<c>CASE-1A2B3C4D</c> or its last 8
/// characters, the end of the case's id) or by words of the child's name. Both read a narrow index
/// of the Cases table (the id's, or the child name's) rather than the table, so a search costs a walk
/// of the partnership's cases, never of the agency's tasks; the tasks are then found by case id.
/// </summary>
internal static partial class InboxSearch
{
    [GeneratedRegex("^(?:CASE-)?([0-9A-F]{8})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    public static async Task<IReadOnlyList<Guid>> CaseIdsAsync(EngineDbContext db, string search, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        var reference = ReferencePattern().Match(text);
        if (reference.Success)
        {
            // Ids are stored as upper-case text; the reference is the id's last 8 characters.
            var byReference = await db.Database.SqlQueryRaw<Guid>(
                    "SELECT \"Id\" AS \"Value\" FROM \"Cases\" WHERE \"Id\" LIKE {0} LIMIT {1}",
                    "%" + reference.Groups[1].Value.ToUpperInvariant(), InboxQuery.MaxSearchCases)
                .ToListAsync(cancellationToken);
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

        var conditions = string.Join(" AND ", words.Select((_, i) => $"\"ChildName\" LIKE {{{i}}} ESCAPE '\\'"));
        var parameters = words.Select(w => (object)("%" + Escape(w) + "%")).Append(InboxQuery.MaxSearchCases).ToArray();
        // The SQL text holds only placeholders; the words travel as parameters. The child-name index
        // is narrow, so scanning it and reading only the matching rows beats scanning the table.
        var sql = "SELECT \"Id\" AS \"Value\" FROM \"Cases\"" + (db.Database.IsSqlite() ? " INDEXED BY \"IX_Cases_ChildName\"" : string.Empty)
            + " WHERE " + conditions + " LIMIT {" + words.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        return await db.Database.SqlQueryRaw<Guid>(sql, parameters).ToListAsync(cancellationToken);
    }

    private static string Escape(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
