using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Journal;

/// <summary>
/// Appends hash-chained entries to a case's journal. Each entry's hash covers its own fields and
/// the previous entry's hash, so editing, deleting or reordering entries breaks the chain.
/// </summary>
public static class JournalChain
{
    private static readonly JsonSerializerOptions CompactJson = new() { WriteIndented = false };

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>
    /// Creates the case's next journal entry and moves the case's journal head on to it.
    /// </summary>
    /// <param name="case">The case; its <see cref="IJournalTail.JournalSequence"/> and <see cref="IJournalTail.JournalHead"/> are updated.</param>
    /// <param name="at">When it happened (from TimeProvider).</param>
    /// <param name="actor">Who did it: a user name, or <c>system</c>.</param>
    /// <param name="kind">What happened, e.g. <c>task.completed</c>.</param>
    /// <param name="data">Details; copied (as read back from compact JSON), so later changes to the object do not alter the entry.</param>
    /// <returns>The new entry, to be saved with the command's other changes.</returns>
    public static JournalEntry Append(IJournalTail @case, DateTimeOffset at, string actor, string kind, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(data);

        // One write and one read give the entry's copy of the data; writing the copy gives the text
        // the hash covers and the store keeps (text written after a read-back is stable: a value
        // built in code may write otherwise, e.g. a DateTimeOffset writes '+' raw, read back escaped).
        var scratch = t_scratch ??= new Scratch();
        var copy = JsonNode.Parse(scratch.Write(data))!.AsObject();
        var text = scratch.Write(copy);
        var dataJson = Encoding.UTF8.GetString(text);
        var unsigned = new JournalEntry(
            @case.Id,
            @case.JournalSequence + 1,
            at,
            actor,
            kind,
            dataJson,
            copy,
            @case.JournalHead,
            string.Empty);
        var entry = unsigned with { Hash = ComputeHash(unsigned, text, scratch.HashInput) };

        if (scratch.Oversized)
        {
            t_scratch = null; // one huge entry should not pin its buffers to the thread for good
        }

        @case.JournalSequence = entry.Sequence;
        @case.JournalHead = entry.Hash;
        return entry;
    }

    /// <summary>
    /// The SHA-256 (lowercase hex) of the entry's canonical form: case ID, sequence, time (UTC,
    /// seven fractional digits), actor, kind, the data's text (<see cref="JournalEntry.DataJson"/>,
    /// as UTF-8, exactly as stored) and the previous hash, each length-prefixed so no two different
    /// entries encode alike. <see cref="JournalEntry.Hash"/> is not covered.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <returns>64 lowercase hex characters.</returns>
    public static string ComputeHash(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ComputeHash(entry, Encoding.UTF8.GetBytes(entry.DataJson), new ArrayBufferWriter<byte>(256));
    }

    private static string ComputeHash(JournalEntry entry, ReadOnlySpan<byte> canonicalData, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        Write(buffer, entry.CaseId.ToString("D"));
        Write(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Write(buffer, entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Write(buffer, entry.Actor);
        Write(buffer, entry.Kind);
        Write(buffer, canonicalData);
        Write(buffer, entry.PreviousHash);

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    // Big-endian byte length, then the UTF-8 bytes, written straight into the buffer.
    private static void Write(ArrayBufferWriter<byte> buffer, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), length);
        buffer.Advance(4);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> utf8)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), utf8.Length);
        buffer.Advance(4);
        buffer.Write(utf8);
    }

    /// <summary>Reusable buffers for one thread's appends (an append never awaits, so nothing interleaves).</summary>
    private sealed class Scratch
    {
        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = CompactJson.Encoder, Indented = false };
        private readonly ArrayBufferWriter<byte> _json = new(1024);

        public ArrayBufferWriter<byte> HashInput { get; } = new(1024);

        public bool Oversized => _json.Capacity > 64 * 1024 || HashInput.Capacity > 64 * 1024;

        /// <summary>The compact JSON of the object, as UTF-8; valid until the next call.</summary>
        public ReadOnlySpan<byte> Write(JsonObject data)
        {
            _json.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_json, WriterOptions))
            {
                data.WriteTo(writer, CompactJson);
            }

            return _json.WrittenSpan;
        }
    }
}
