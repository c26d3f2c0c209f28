using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Journal;

public class JournalChainTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 9, 30, 15, TimeSpan.Zero);

    internal static CaseState NewCase() => new()
    {
        Id = Guid.Parse("8f9a1c52-3c0d-4b52-9a4e-0c1f5d2e7b11"),
        ChildId = Guid.NewGuid(),
        WorkflowKey = "mash-referral",
        WorkflowVersion = 1,
        StageKey = "triage",
        StageEnteredAt = At,
        OpenedAt = At,
        Child = new ChildDetails("Amy"),
        Contact = new ContactDetails("PC Jones", "police", "Seen with older males"),
        Facts = [],
    };

    [Fact]
    public void The_first_entry_is_number_one_and_starts_the_chain()
    {
        var @case = NewCase();

        var entry = JournalChain.Append(@case, At, "system", "case.opened", new JsonObject { ["stage"] = "triage" });

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(string.Empty, entry.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.Equal(1, @case.JournalSequence);
        Assert.Equal(entry.Hash, @case.JournalHead);
    }

    [Fact]
    public void Each_entry_links_to_the_one_before()
    {
        var @case = NewCase();

        var first = JournalChain.Append(@case, At, "system", "case.opened", []);
        var second = JournalChain.Append(@case, At.AddMinutes(1), "alice", "task.claimed", []);

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.Equal(second.Hash, @case.JournalHead);
    }

    [Fact]
    public void The_hash_is_the_stored_hash_when_recomputed()
    {
        var entry = JournalChain.Append(NewCase(), At, "system", "case.opened", new JsonObject { ["n"] = 1.5 });

        Assert.Equal(entry.Hash, JournalChain.ComputeHash(entry));
    }

    [Fact]
    public void The_hash_is_the_same_for_the_same_instant_in_another_offset()
    {
        var utc = JournalChain.Append(NewCase(), At, "system", "case.opened", []);
        var local = JournalChain.Append(NewCase(), At.ToOffset(TimeSpan.FromHours(1)), "system", "case.opened", []);

        Assert.Equal(utc.Hash, local.Hash);
    }

    [Fact]
    public void The_hash_covers_the_data_text_the_entry_carries_to_be_stored()
    {
        var data = new JsonObject { ["name"] = "Zoë <O'Brien> & co", ["score"] = 0.1 + 0.2, ["when"] = At, ["list"] = new JsonArray(1, "two") };
        var entry = JournalChain.Append(NewCase(), At, "system", "case.opened", data);

        // As the store reads it back: the text alone, nothing serialised again.
        var stored = new JournalEntry(entry.CaseId, entry.Sequence, entry.OccurredAt, entry.Actor, entry.Kind, entry.DataJson, entry.PreviousHash, entry.Hash);

        Assert.Equal(entry.Hash, JournalChain.ComputeHash(stored));
        Assert.Equal(entry.Data.ToJsonString(), stored.Data.ToJsonString());
        Assert.Equal(entry, stored);
    }

    [Fact]
    public void The_data_text_is_the_compact_text_of_the_data_as_read_back()
    {
        var when = At.ToOffset(TimeSpan.FromHours(1));
        var entry = JournalChain.Append(NewCase(), At, "system", "case.opened", new JsonObject { ["when"] = when, ["n"] = 1.5 });

        Assert.Equal(entry.Data.ToJsonString(), entry.DataJson);
        Assert.Equal(JsonNode.Parse(entry.DataJson)!.ToJsonString(), entry.DataJson);
    }

    [Fact]
    public void A_copy_with_other_data_text_reads_its_own_data()
    {
        var entry = JournalChain.Append(NewCase(), At, "system", "task.completed", new JsonObject { ["outcome"] = "nfa" });
        _ = entry.Data;

        var changed = entry with { DataJson = """{"outcome":"s47"}""" };

        Assert.Equal("s47", changed.Data["outcome"]!.GetValue<string>());
        Assert.Equal("nfa", entry.Data["outcome"]!.GetValue<string>());
    }

    [Fact]
    public void The_appended_hash_is_the_recomputed_hash_for_awkward_and_large_data()
    {
        var data = new JsonObject
        {
            ["emoji"] = "child 👧 \u2028 \t \"quoted\" \\ é",
            ["nested"] = new JsonObject { ["when"] = At.ToOffset(TimeSpan.FromHours(-5)), ["n"] = 12345678901234567890m, ["none"] = null },
            ["big"] = new string('x', 100_000),
        };
        var @case = NewCase();

        var large = JournalChain.Append(@case, At, "system", "case.opened", data);
        var small = JournalChain.Append(@case, At, "system", "case.noted", new JsonObject { ["n"] = 1 });

        Assert.Equal(large.Hash, JournalChain.ComputeHash(large));
        Assert.Equal(small.Hash, JournalChain.ComputeHash(small));
    }

    [Fact]
    public void Changing_the_data_after_appending_does_not_change_the_entry()
    {
        var data = new JsonObject { ["outcome"] = "nfa" };
        var entry = JournalChain.Append(NewCase(), At, "system", "task.completed", data);

        data["outcome"] = "s47";

        Assert.Equal("nfa", entry.Data["outcome"]!.GetValue<string>());
        Assert.Equal(entry.Hash, JournalChain.ComputeHash(entry));
    }

    [Fact]
    public void Field_boundaries_cannot_be_shifted_to_forge_the_same_hash()
    {
        var a = JournalChain.Append(NewCase(), At, "ab", "c", []);
        var b = JournalChain.Append(NewCase(), At, "a", "bc", []);

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("kind")]
    [InlineData("data")]
    [InlineData("time")]
    [InlineData("sequence")]
    [InlineData("case")]
    [InlineData("previous")]
    public void Every_field_is_covered_by_the_hash(string field)
    {
        var entry = JournalChain.Append(NewCase(), At, "alice", "task.completed", new JsonObject { ["outcome"] = "nfa" });

        var changed = field switch
        {
            "actor" => entry with { Actor = "mallory" },
            "kind" => entry with { Kind = "task.cancelled" },
            "data" => entry with { DataJson = """{"outcome":"s47"}""" },
            "time" => entry with { OccurredAt = entry.OccurredAt.AddTicks(1) },
            "sequence" => entry with { Sequence = 2 },
            "case" => entry with { CaseId = Guid.NewGuid() },
            _ => entry with { PreviousHash = new string('0', 64) },
        };

        Assert.NotEqual(entry.Hash, JournalChain.ComputeHash(changed));
    }
}
