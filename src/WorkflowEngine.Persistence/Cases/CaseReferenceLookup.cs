using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Finds cases by reference (<c>CASE-1A2B3C4D</c> or its last 8 characters, the end of the case's
/// id), for the inbox search and the disclosure log. SQLite holds ids as upper-case text;
/// PostgreSQL as uuid, whose text is lower-case (and LIKE needs the text).
/// </summary>
internal static partial class CaseReferenceLookup
{
    /// <summary>The 8 characters a reference ends with, or null when the text is not a reference.</summary>
    public static string? SuffixOf(string text)
    {
        var match = ReferencePattern().Match(text.Trim());
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The ids of the cases (at most <paramref name="limit"/>) whose id ends with the suffix.</summary>
    public static Task<List<Guid>> CaseIdsAsync(EngineDbContext db, string suffix, int limit, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var sql = sqlite
            ? "SELECT \"Id\" AS \"Value\" FROM \"Cases\" WHERE \"Id\" LIKE {0} LIMIT {1}"
            : "SELECT \"Id\" AS \"Value\" FROM \"Cases\" WHERE CAST(\"Id\" AS text) LIKE {0} LIMIT {1}";
        var pattern = "%" + (sqlite ? suffix.ToUpperInvariant() : suffix.ToLowerInvariant());
        return db.Database.SqlQueryRaw<Guid>(sql, pattern, limit).ToListAsync(cancellationToken);
    }

    [GeneratedRegex("^(?:CASE-)?([0-9A-F]{8})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
