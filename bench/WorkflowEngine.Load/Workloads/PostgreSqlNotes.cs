using System.Globalization;

namespace WorkflowEngine.Load.Workloads;

/// <summary>The note on a PostgreSQL row: its figure beside the same workload's SQLite FULL row of this run.</summary>
internal static class PostgreSqlNotes
{
    public static string Beside(Measurement postgreSql, Measurement sqliteFull) => string.Create(CultureInfo.InvariantCulture,
        $"PostgreSQL (local server, durable defaults) = {postgreSql.Value / sqliteFull.Value:N2}x SQLite FULL's {sqliteFull.Value:N1} in this run; one network round trip per statement batch instead of an in-process call, and a server commit (WAL flush) per save");
}
