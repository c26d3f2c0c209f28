using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Journal;

public class JournalVerifierTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 9, 30, 15, TimeSpan.Zero);

    private static (CaseState Case, List<JournalEntry> Entries) Journal(int count)
    {
        var @case = JournalChainTests.NewCase();
        var entries = new List<JournalEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(JournalChain.Append(@case, At.AddMinutes(i), "alice", "note.added", new JsonObject { ["n"] = i }));
        }

        return (@case, entries);
    }

    [Fact]
    public void An_untouched_journal_is_intact()
    {
        var (@case, entries) = Journal(5);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(JournalVerification.Intact, result);
    }

    [Fact]
    public void An_empty_journal_of_a_case_with_no_entries_is_intact()
    {
        Assert.True(JournalVerifier.Verify([], 0, string.Empty).IsIntact);
    }

    [Fact]
    public void An_edited_entry_is_found()
    {
        var (@case, entries) = Journal(5);
        entries[3] = entries[3] with { DataJson = """{"n":40}""" };

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBadSequence);
        Assert.Equal("Entry 4 has been altered since it was written.", result.Problem);
    }

    [Fact]
    public void A_deleted_entry_in_the_middle_is_found()
    {
        var (@case, entries) = Journal(5);
        entries.RemoveAt(2);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(3, result.FirstBadSequence);
        Assert.Equal("Entry 3 is missing from the journal.", result.Problem);
    }

    [Fact]
    public void A_deleted_last_entry_is_found_against_the_case_record()
    {
        var (@case, entries) = Journal(5);
        entries.RemoveAt(4);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(5, result.FirstBadSequence);
        Assert.Equal("Entry 5, the last entry, is missing from the journal.", result.Problem);
    }

    [Fact]
    public void Several_deleted_last_entries_are_found()
    {
        var (@case, entries) = Journal(5);
        entries.RemoveRange(2, 3);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(3, result.FirstBadSequence);
        Assert.Equal("Entries 3 to 5, at the end of the journal, are missing.", result.Problem);
    }

    [Fact]
    public void Reordered_entries_are_found()
    {
        var (@case, entries) = Journal(5);
        (entries[1], entries[2]) = (entries[2], entries[1]);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(2, result.FirstBadSequence);
        Assert.Equal("The journal is out of order: entry 3 appears where entry 2 should be.", result.Problem);
    }

    [Fact]
    public void A_duplicated_entry_is_found()
    {
        var (@case, entries) = Journal(3);
        entries.Insert(2, entries[1]);

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(2, result.FirstBadSequence);
        Assert.Equal("Entry 2 appears more than once in the journal.", result.Problem);
    }

    [Fact]
    public void An_entry_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next()
    {
        var (@case, entries) = Journal(4);
        var forged = entries[1] with { Actor = "mallory" };
        entries[1] = forged with { Hash = JournalChain.ComputeHash(forged) };

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(3, result.FirstBadSequence);
        Assert.Equal("Entry 3 does not follow on from entry 2: the chain is broken.", result.Problem);
    }

    [Fact]
    public void A_rewritten_last_entry_is_found_against_the_case_head()
    {
        var (@case, entries) = Journal(3);
        var forged = entries[2] with { Actor = "mallory" };
        entries[2] = forged with { Hash = JournalChain.ComputeHash(forged) };

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(3, result.FirstBadSequence);
        Assert.Equal("Entry 3, the last entry, does not match the case's record of it.", result.Problem);
    }

    [Fact]
    public void An_entry_added_outside_the_engine_is_found()
    {
        var (@case, entries) = Journal(3);
        var recordedSequence = @case.JournalSequence;
        var recordedHead = @case.JournalHead;
        entries.Add(JournalChain.Append(@case, At.AddHours(1), "mallory", "note.added", []));

        var result = JournalVerifier.Verify(entries, recordedSequence, recordedHead);

        Assert.Equal(4, result.FirstBadSequence);
        Assert.Equal("The journal has 4 entries but the case records only 3; entry 4 was added outside the engine.", result.Problem);
    }

    [Fact]
    public void An_entry_from_another_case_is_found()
    {
        var (@case, entries) = Journal(2);
        var stranger = entries[1] with { CaseId = Guid.NewGuid() };
        entries[1] = stranger with { Hash = JournalChain.ComputeHash(stranger) };

        var result = JournalVerifier.Verify(entries, @case.JournalSequence, @case.JournalHead);

        Assert.Equal(2, result.FirstBadSequence);
        Assert.Equal("Entry 2 belongs to a different case.", result.Problem);
    }
}
