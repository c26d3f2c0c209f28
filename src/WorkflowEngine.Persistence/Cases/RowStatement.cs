namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// One SQL statement of a table's rows with the columns whose parameters it names (by index, in
/// order: PostgreSQL's positional parameters follow it) and whether it names the expected version,
/// so a command carries and binds only those: on SQLite, binding a parameter the statement lacks
/// still costs a name lookup per write.
/// </summary>
internal sealed record RowStatement(string Sql, int[] Columns, bool NamesExpectedVersion);
