namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// One SQL statement of a <see cref="TableShape"/> with the columns whose parameters it names (by
/// index) and whether it names the expected version, so a prepared command carries and binds only
/// those: binding a parameter the statement lacks still costs a name lookup per write.
/// </summary>
internal sealed record RowStatement(string Sql, int[] Columns, bool NamesExpectedVersion);
