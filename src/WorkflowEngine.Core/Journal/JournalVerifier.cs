namespace WorkflowEngine.Core.Journal;

/// <summary>
/// Checks a case's journal against its hash chain and against the case's own record of the last
/// entry, so an edited, deleted, inserted or reordered entry is found.
/// </summary>
public static class JournalVerifier
{
    /// <summary>Verifies the journal of one case.</summary>
    /// <param name="entries">The case's journal as read, in the order read.</param>
    /// <param name="expectedLastSequence">The case's <c>JournalSequence</c>.</param>
    /// <param name="expectedHead">The case's <c>JournalHead</c>.</param>
    /// <returns>Intact, or the first problem found.</returns>
    public static JournalVerification Verify(IReadOnlyList<JournalEntry> entries, long expectedLastSequence, string expectedHead)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(expectedHead);

        var previousHash = string.Empty;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            long expected = i + 1;

            if (entry.Sequence < expected)
            {
                return JournalVerification.Broken(entry.Sequence, $"Entry {entry.Sequence} appears more than once in the journal.");
            }

            if (entry.Sequence != expected)
            {
                return IsLater(entries, i + 1, expected)
                    ? JournalVerification.Broken(expected, $"The journal is out of order: entry {entry.Sequence} appears where entry {expected} should be.")
                    : JournalVerification.Broken(expected, $"Entry {expected} is missing from the journal.");
            }

            if (entry.CaseId != entries[0].CaseId)
            {
                return JournalVerification.Broken(expected, $"Entry {expected} belongs to a different case.");
            }

            if (!string.Equals(JournalChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
            {
                return JournalVerification.Broken(expected, $"Entry {expected} has been altered since it was written.");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return expected == 1
                    ? JournalVerification.Broken(expected, "Entry 1 does not start the journal: it claims an earlier entry.")
                    : JournalVerification.Broken(expected, $"Entry {expected} does not follow on from entry {expected - 1}: the chain is broken.");
            }

            previousHash = entry.Hash;
        }

        return CheckEnd(entries.Count, previousHash, expectedLastSequence, expectedHead);
    }

    private static JournalVerification CheckEnd(long count, string lastHash, long expectedLastSequence, string expectedHead)
    {
        if (count < expectedLastSequence)
        {
            var first = count + 1;
            return first == expectedLastSequence
                ? JournalVerification.Broken(first, $"Entry {first}, the last entry, is missing from the journal.")
                : JournalVerification.Broken(first, $"Entries {first} to {expectedLastSequence}, at the end of the journal, are missing.");
        }

        if (count > expectedLastSequence)
        {
            return JournalVerification.Broken(
                expectedLastSequence + 1,
                $"The journal has {count} entries but the case records only {expectedLastSequence}; entry {expectedLastSequence + 1} was added outside the engine.");
        }

        if (!string.Equals(lastHash, expectedHead, StringComparison.Ordinal))
        {
            return JournalVerification.Broken(
                Math.Max(count, 1),
                count == 0
                    ? "The journal is empty but the case records an entry."
                    : $"Entry {count}, the last entry, does not match the case's record of it.");
        }

        return JournalVerification.Intact;
    }

    private static bool IsLater(IReadOnlyList<JournalEntry> entries, int from, long sequence)
    {
        for (var i = from; i < entries.Count; i++)
        {
            if (entries[i].Sequence == sequence)
            {
                return true;
            }
        }

        return false;
    }
}
