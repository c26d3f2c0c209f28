using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Journal;

/// <summary>
/// One entry of a case's append-only journal. Entries are hash-chained: <see cref="Hash"/> covers
/// the entry's fields and <see cref="PreviousHash"/>, so an edited or deleted entry is detectable.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">1, 2, 3... within the case, without gaps.</param>
/// <param name="OccurredAt">When it happened (from TimeProvider).</param>
/// <param name="Actor">Who did it: a user name, or <c>system</c>.</param>
/// <param name="Kind">What happened, e.g. <c>case.opened</c>, <c>task.completed</c>, <c>rule.decided</c>.</param>
/// <param name="DataJson">
/// Details as compact JSON text: the very text the hash covers and the store keeps, so what is
/// stored is what was hashed, with no second serialisation to agree with the first.
/// </param>
/// <param name="PreviousHash">Hash of the previous entry (empty string for the first).</param>
/// <param name="Hash">SHA-256 (lowercase hex) over the previous hash and this entry's canonical form.</param>
public sealed record JournalEntry(
    Guid CaseId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Actor,
    string Kind,
    string DataJson,
    string PreviousHash,
    string Hash)
{
    private readonly string _dataJson = DataJson;
    private JsonObject? _data;

    // The chain has the data parsed already; it hands over both so the text is not read again.
    internal JournalEntry(Guid caseId, long sequence, DateTimeOffset occurredAt, string actor, string kind, string dataJson, JsonObject data, string previousHash, string hash)
        : this(caseId, sequence, occurredAt, actor, kind, dataJson, previousHash, hash) => _data = data;

    /// <inheritdoc cref="JournalEntry" path="/param[@name='DataJson']"/>
    public string DataJson
    {
        get => _dataJson;
        init
        {
            _dataJson = value;
            _data = null; // a copy with other text must not keep this one's parsed data
        }
    }

    /// <summary>Details as JSON, read from <see cref="DataJson"/> when first asked for.</summary>
    public JsonObject Data => _data ??= JsonNode.Parse(_dataJson) as JsonObject
        ?? throw new InvalidOperationException($"Journal entry {Sequence} of case {CaseId} does not hold a JSON object.");

    /// <summary>Equal when every field, the data's text included, is equal.</summary>
    public bool Equals(JournalEntry? other) =>
        other is not null
        && CaseId == other.CaseId
        && Sequence == other.Sequence
        && OccurredAt == other.OccurredAt
        && string.Equals(Actor, other.Actor, StringComparison.Ordinal)
        && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
        && string.Equals(_dataJson, other._dataJson, StringComparison.Ordinal)
        && string.Equals(PreviousHash, other.PreviousHash, StringComparison.Ordinal)
        && string.Equals(Hash, other.Hash, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, Sequence, Hash);
}
