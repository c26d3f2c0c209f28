using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// One table's writes as PostgreSQL batch commands, built once from the table's
/// <see cref="TableShape"/> (so rows are written as EF would write them) with positional
/// parameters, which Npgsql sends without rewriting the SQL. Checked writes (updates and deletes)
/// fail the batch unless they touch exactly one row (<see cref="PostgreSqlRowCheck"/>).
/// </summary>
internal sealed class PostgreSqlRowStatements
{
    // Parameters are created through EF's type mappings (jsonb, uuid, ...), which ask a command for them.
    private static readonly NpgsqlCommand ParameterFactory = new();

    private readonly TableShape _shape;
    private readonly int[] _keys;
    private readonly int[] _values;
    private readonly int _version;
    private readonly RowStatement _insert;
    private readonly RowStatement _upsert;
    private readonly RowStatement _delete;
    private readonly ConcurrentDictionary<ulong, RowStatement> _updates = new();

    public PostgreSqlRowStatements(TableShape shape)
    {
        _shape = shape;
        var columns = shape.Columns;
        _keys = [.. Enumerable.Range(0, columns.Count).Where(i => columns[i].IsKey)];
        _values = [.. Enumerable.Range(0, columns.Count).Where(i => !columns[i].IsKey)];
        _version = Enumerable.Range(0, columns.Count).Where(i => columns[i].IsVersion).DefaultIfEmpty(-1).First();

        var all = Enumerable.Range(0, columns.Count).ToArray();
        var insert = $"INSERT INTO \"{shape.Table}\" ({Names(all)}) VALUES ({string.Join(", ", all.Select(i => Position(i + 1)))})";
        _insert = new RowStatement(insert, all, NamesExpectedVersion: false);

        // The mirrored measure rows: written when new, rewritten only when a value differs.
        var upsert = _values.Length == 0
            ? $"{insert} ON CONFLICT ({Names(_keys)}) DO NOTHING"
            : $"{insert} ON CONFLICT ({Names(_keys)}) DO UPDATE SET {string.Join(", ", _values.Select(i => $"\"{columns[i].Name}\" = EXCLUDED.\"{columns[i].Name}\""))} "
              + $"WHERE ROW({string.Join(", ", _values.Select(i => $"\"{shape.Table}\".\"{columns[i].Name}\""))}) IS DISTINCT FROM ROW({string.Join(", ", _values.Select(i => $"EXCLUDED.\"{columns[i].Name}\""))})";
        _upsert = new RowStatement(upsert, all, NamesExpectedVersion: false);

        _delete = new RowStatement(PostgreSqlRowCheck.Checked($"DELETE FROM \"{shape.Table}\" WHERE {Guard(firstPosition: 1)}"), _keys, _version >= 0);
    }

    public NpgsqlBatchCommand Insert(object[] values) => Bound(_insert, values, expectedVersion: null);

    public NpgsqlBatchCommand Upsert(object[] values) => Bound(_upsert, values, expectedVersion: null);

    public NpgsqlBatchCommand Delete(object[] values, long? expectedVersion) => Bound(_delete, values, expectedVersion);

    /// <summary>
    /// Writes the row where its key (and, for versioned rows, the expected version) matches. When
    /// the row as loaded is known only the columns that differ (<paramref name="differs"/>) are sent;
    /// otherwise every column is.
    /// </summary>
    public NpgsqlBatchCommand Update(object[] values, long? expectedVersion, ulong? differs)
    {
        var everyValue = _values.Aggregate(0UL, (mask, i) => mask | (1UL << i));
        var changed = (differs ?? 0UL) & everyValue;
        return Bound(_updates.GetOrAdd(changed == 0 ? everyValue : changed, UpdateOf), values, expectedVersion);
    }

    private RowStatement UpdateOf(ulong changed)
    {
        var set = _values.Where(i => (changed & (1UL << i)) != 0).ToArray();
        var assignments = string.Join(", ", set.Select((column, n) => $"\"{_shape.Columns[column].Name}\" = {Position(n + 1)}"));
        var sql = PostgreSqlRowCheck.Checked($"UPDATE \"{_shape.Table}\" SET {assignments} WHERE {Guard(firstPosition: set.Length + 1)}");
        return new RowStatement(sql, [.. set, .. _keys], _version >= 0);
    }

    // The key columns' parameters from firstPosition on, then the expected version's.
    private string Guard(int firstPosition)
    {
        var guard = string.Join(" AND ", _keys.Select((column, n) => $"\"{_shape.Columns[column].Name}\" = {Position(firstPosition + n)}"));
        return _version < 0 ? guard : $"{guard} AND \"{_shape.Columns[_version].Name}\" = {Position(firstPosition + _keys.Length)}";
    }

    private NpgsqlBatchCommand Bound(RowStatement statement, object[] values, long? expectedVersion)
    {
        var command = new NpgsqlBatchCommand(statement.Sql);
        foreach (var i in statement.Columns)
        {
            var column = _shape.Columns[i];
            // Created empty (the mapping would apply the converter again), then given the stored value.
            var parameter = (NpgsqlParameter)column.Mapping.CreateParameter(ParameterFactory, string.Empty, value: null, column.IsNullable);
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        if (statement.NamesExpectedVersion)
        {
            var expected = expectedVersion ?? throw new InvalidOperationException($"A write to {_shape.Table} must name the version it expects.");
            command.Parameters.Add(new NpgsqlParameter { Value = expected, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        }

        return command;
    }

    private string Names(IEnumerable<int> columns) => string.Join(", ", columns.Select(i => $"\"{_shape.Columns[i].Name}\""));

    private static string Position(int position) => "$" + position.ToString(CultureInfo.InvariantCulture);

}
