namespace WorkflowEngine.Persistence.Cases;

/// <summary>What an update of one row found.</summary>
internal enum RowUpdate
{
    /// <summary>Some columns differed and were written.</summary>
    Written,

    /// <summary>Every column already held the value: nothing was written.</summary>
    Unchanged,

    /// <summary>There is no such row.</summary>
    Missing,

    /// <summary>The stored version is not the one expected: someone else changed the row first.</summary>
    Stale,
}
