using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// The journal's data is serialised once, by the chain: the row holds exactly the text that was
/// hashed, so the stored text re-hashes to the stored hash without anything writing JSON again.
/// </summary>
public abstract class JournalStoredTextTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset When = new(2025, 3, 4, 9, 30, 15, TimeSpan.FromHours(1));
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_stored_text_of_each_entry_is_the_text_the_chain_hashed_byte_for_byte()
    {
        var @case = SampleCases.NewCase();
        var opening = SampleCases.Opening(@case);
        opening.Journal.Add(JournalChain.Append(@case, When, "system", "case.noted", AwkwardData()));
        await _db.Cases.SaveAsync([opening]);

        var stored = await ReadStoredRowsAsync(@case.Id);

        Assert.Equal(opening.Journal.Select(e => (e.DataJson, e.Hash)), stored.Select(r => (r.DataJson, r.Hash)));
    }

    [Fact]
    public async Task The_stored_text_re_hashes_to_the_stored_hash_with_no_re_serialising()
    {
        var @case = SampleCases.NewCase();
        var opening = SampleCases.Opening(@case);
        opening.Journal.Add(JournalChain.Append(@case, When, "alice", "case.noted", AwkwardData()));
        await _db.Cases.SaveAsync([opening]);

        // Entries built from the raw columns alone; the verifier hashes their text as it is.
        var entries = (await ReadStoredRowsAsync(@case.Id))
            .Select(r => new JournalEntry(r.CaseId, r.Sequence, r.OccurredAt, r.Actor, r.Kind, r.DataJson, r.PreviousHash, r.Hash))
            .ToList();

        Assert.Equal(JournalVerification.Intact, JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead));
    }

    [Fact]
    public async Task A_stored_text_changed_only_in_spacing_no_longer_re_hashes()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case)]);

        var row = Assert.Single(await ReadStoredRowsAsync(@case.Id));
        var respaced = new JournalEntry(row.CaseId, row.Sequence, row.OccurredAt, row.Actor, row.Kind, row.DataJson.Replace(":", ": ", StringComparison.Ordinal), row.PreviousHash, row.Hash);

        Assert.Equal(1, JournalVerifier.Verify([respaced], @case.JournalSequence, @case.JournalHead).FirstBadSequence);
    }

    // Text that a second encoder could write otherwise: escapes, non-ASCII, an offset time, numbers.
    private static JsonObject AwkwardData() => new()
    {
        ["name"] = "Zoë <O'Brien> & co \u2028 \"quoted\"",
        ["when"] = When,
        ["score"] = 0.1 + 0.2,
        ["big"] = 12345678901234567890m,
        ["nested"] = new JsonObject { ["none"] = null, ["list"] = new JsonArray(1, "two") },
    };

    private async Task<List<StoredRow>> ReadStoredRowsAsync(Guid caseId)
    {
        await using var db = _db.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT CaseId, Sequence, OccurredAt, Actor, Kind, DataJson, PreviousHash, Hash FROM JournalEntries WHERE CaseId = @case ORDER BY Sequence"
            : """SELECT "CaseId", "Sequence", "OccurredAt", "Actor", "Kind", "DataJson"::text, "PreviousHash", "Hash" FROM "JournalEntries" WHERE "CaseId" = @case ORDER BY "Sequence" """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@case";
        parameter.Value = provider == DatabaseProvider.Sqlite ? caseId.ToString().ToUpperInvariant() : caseId;
        command.Parameters.Add(parameter);

        var rows = new List<StoredRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredRow(
                caseId,
                reader.GetInt64(1),
                new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero), // stored as UTC ticks
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7)));
        }

        return rows;
    }

    private sealed record StoredRow(Guid CaseId, long Sequence, DateTimeOffset OccurredAt, string Actor, string Kind, string DataJson, string PreviousHash, string Hash);

    public sealed class OnSqlite() : JournalStoredTextTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : JournalStoredTextTests(DatabaseProvider.PostgreSql);
}
