using System.Text;
using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Children;

/// <summary>
/// How a contact's child is recognised as one the partnership already knows. The local reference
/// wins when the contact gives one; otherwise the name and date of birth must both agree, ignoring
/// case and spacing. A name alone never matches: two children may share one.
/// </summary>
public static class ChildMatching
{
    /// <summary>How a record was matched.</summary>
    public const string ByReference = "reference";

    /// <summary>How a record was matched.</summary>
    public const string ByNameAndDateOfBirth = "nameAndDateOfBirth";

    /// <summary>A name as compared: trimmed, inner runs of spaces made one, lower case.</summary>
    public static string NormaliseName(string? name)
    {
        var words = (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words).ToLowerInvariant();
    }

    /// <summary>A reference as compared: without spaces, upper case; null when none was given.</summary>
    public static string? NormaliseReference(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var kept = new StringBuilder(reference.Length);
        foreach (var c in reference.Where(c => !char.IsWhiteSpace(c)))
        {
            kept.Append(char.ToUpperInvariant(c));
        }

        return kept.ToString();
    }

    /// <summary>
    /// The record among <paramref name="candidates"/> that is this child, and how it was matched;
    /// null when none is. Of several, the oldest. A record that has a different reference from the
    /// one given is another child, even with the same name and date of birth.
    /// </summary>
    public static ChildMatch? Match(ChildDetails child, IEnumerable<ChildRecord> candidates)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(candidates);
        var records = candidates.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();
        var reference = NormaliseReference(child.Reference);
        if (reference is not null && records.FirstOrDefault(r => r.NormalisedReference == reference) is { } byReference)
        {
            return new ChildMatch(byReference, ByReference);
        }

        if (child.DateOfBirth is not { } born)
        {
            return null;
        }

        var name = NormaliseName(child.Name);
        var byName = records.FirstOrDefault(r => r.NormalisedName == name && r.DateOfBirth == born
            && (reference is null || r.NormalisedReference is null));
        return byName is null ? null : new ChildMatch(byName, ByNameAndDateOfBirth);
    }
}
