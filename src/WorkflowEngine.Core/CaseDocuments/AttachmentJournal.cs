using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>A document attached to a case is recorded in its journal (kind <see cref="Kind"/>): the journal lists a case's documents.</summary>
public static class AttachmentJournal
{
    /// <summary>The journal kind of an attached document.</summary>
    public const string Kind = "document.added";

    /// <summary>The journal data of an attached document.</summary>
    public static JsonObject Data(CaseAttachment attachment, string agency)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new JsonObject
        {
            ["documentId"] = attachment.Id.ToString(),
            ["fileName"] = attachment.FileName,
            ["contentType"] = attachment.ContentType,
            ["size"] = attachment.Size,
            ["sha256"] = attachment.Sha256,
            ["agency"] = agency,
        };
    }

    /// <summary>The case's documents with the agency that attached each, newest first.</summary>
    public static IReadOnlyList<(CaseAttachment Document, string Agency)> From(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.Kind == Kind).OrderByDescending(e => e.Sequence).Select(e => (new CaseAttachment(
            Guid.TryParse(Text(e.Data, "documentId"), out var id) ? id : Guid.Empty,
            e.CaseId,
            Text(e.Data, "fileName"),
            Text(e.Data, "contentType"),
            e.Data["size"] is JsonValue size && size.TryGetValue<long>(out var bytes) ? bytes : 0,
            Text(e.Data, "sha256"),
            e.OccurredAt,
            e.Actor), Text(e.Data, "agency")))];
    }

    private static string Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
