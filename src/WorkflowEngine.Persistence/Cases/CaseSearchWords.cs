using System.Globalization;
using System.Text;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The words a case is found by, and a search's words, cut the same way: a name is split at
/// anything not a letter or digit ("Mary-Jane O'Brien": mary, jane, o, brien), each part folded to
/// lower case without accents. A search word matches a name word it begins (prefix), so "quill"
/// finds Quillfeather. The reference (the id's last 8 characters) is kept as one more word, marked
/// with a character no name word holds, and matched whole.
/// </summary>
internal static class CaseSearchWords
{
    /// <summary>The most words of a search that are matched (the rest are ignored).</summary>
    public const int MaxSearchWords = 5;

    private const char ReferenceMark = '#';

    /// <summary>The rows for a case: its reference and each distinct word of its child's name.</summary>
    public static IEnumerable<CaseSearchWordRecord> For(Guid caseId, string childName) =>
        NameWords(childName).Append(Reference(caseId)).Distinct(StringComparer.Ordinal)
            .Select(word => new CaseSearchWordRecord { CaseId = caseId, Word = word });

    /// <summary>The stored word for a reference's 8 characters (any case).</summary>
    public static string ReferenceWord(string suffix) => ReferenceMark + suffix.ToLowerInvariant();

    /// <summary>The words of a name or of a search, folded; empty when there are none.</summary>
    public static IReadOnlyList<string> NameWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString().Normalize(NormalizationForm.FormC));
                word.Clear();
            }
        }
    }

    /// <summary>
    /// The first text after every text that begins with <paramref name="prefix"/>, in code point
    /// order (SQLite's binary collation; the "C" collation the column has on PostgreSQL): the prefix
    /// with its last character moved on by one. Name words hold only letters and digits, never
    /// the last character there is.
    /// </summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static string Reference(Guid caseId) => ReferenceWord(caseId.ToString("N")[^8..]);
}
