using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Core.CaseNotes;

/// <summary>
/// Case notes live in the case's journal (kind <see cref="Kind"/>): appended in the same transaction
/// as the case's version, hash-chained like every entry, so a note cannot be changed or lost unseen.
/// </summary>
public static class CaseNoteJournal
{
    /// <summary>The journal kind of a case note.</summary>
    public const string Kind = "note.added";

    /// <summary>The journal data of a note.</summary>
    public static JsonObject Data(AddCaseNoteCommand command, DateOnly occurredOn)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new JsonObject
        {
            ["noteKind"] = command.Kind,
            ["occurredOn"] = occurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["text"] = command.Text,
            ["agency"] = command.ActorAgency,
        };
    }

    /// <summary>The case's notes, newest recorded first.</summary>
    public static IReadOnlyList<CaseNote> From(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.Kind == Kind).OrderByDescending(e => e.Sequence).Select(e => new CaseNote(
            e.Sequence,
            Text(e.Data, "noteKind"),
            DateOnly.TryParseExact(Text(e.Data, "occurredOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : DateOnly.FromDateTime(e.OccurredAt.UtcDateTime),
            Text(e.Data, "text"),
            e.Actor,
            Text(e.Data, "agency"),
            e.OccurredAt))];
    }

    private static string Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
