namespace WorkflowEngine.Core.CaseNotes;

/// <summary>What a case note records: a note, a phone call, a meeting or a visit.</summary>
public static class CaseNoteKinds
{
    /// <summary>The kinds, by key, with the words people read, in the order forms offer them.</summary>
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("note", "Note"),
        ("phone-call", "Phone call"),
        ("meeting", "Meeting"),
        ("visit", "Visit"),
    ];

    /// <summary>The words for a kind, or the key itself when it is not known.</summary>
    public static string LabelOf(string key) => All.FirstOrDefault(k => k.Key == key).Label ?? key;

    /// <summary>Whether the key is one of the kinds.</summary>
    public static bool IsKnown(string? key) => All.Any(k => k.Key == key);
}
