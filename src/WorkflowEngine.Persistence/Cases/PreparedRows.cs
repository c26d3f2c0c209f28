using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Row writes on one SQLite connection through statements prepared once and reused: each write
/// binds values and steps, with no SQL generation, parsing or change tracking per row, which is
/// where a command's time went under EF's SaveChanges (the profile is in docs/performance.md).
/// </summary>
internal sealed class PreparedRows(SqliteConnection connection, IModel model) : IDisposable
{
    private readonly Dictionary<RowStatement, SqliteCommand> _commands = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SqliteCommand> _plain = new(StringComparer.Ordinal);

    /// <summary>The transaction every statement runs in; set before writing.</summary>
    public SqliteTransaction? Transaction { get; set; }

    public void Insert(object row)
    {
        var shape = ShapeOf(row);
        Insert(shape, shape.ValuesOf(row));
    }

    /// <summary>Inserts a row given its stored values (<see cref="TableShape.ValuesOf"/>).</summary>
    public void Insert(TableShape shape, object[] values) => Bound(shape, shape.InsertStatement, values, expectedVersion: null).ExecuteNonQuery();

    /// <summary>
    /// Writes the columns of the row that differ from the stored one. Versioned rows are written
    /// only when the stored version is <paramref name="expectedVersion"/>. When the caller knows the
    /// stored row (<paramref name="stored"/>, as loaded at that version) the comparison is made in
    /// memory and the version guard of the update alone decides; otherwise the row is read back.
    /// </summary>
    public RowUpdate Update(object row, long? expectedVersion, object? stored = null)
    {
        var shape = ShapeOf(row);
        var values = shape.ValuesOf(row);
        return Update(shape, values, stored is null ? null : TableShape.Differences(values, shape.ValuesOf(stored)), expectedVersion);
    }

    /// <summary>
    /// <see cref="Update(object, long?, object?)"/> given the row's stored values and, when the row
    /// as loaded is known, the columns that differ from it (<see cref="TableShape.Differences"/>).
    /// </summary>
    public RowUpdate Update(TableShape shape, object[] values, ulong? differs, long? expectedVersion)
    {
        if (differs is { } known && shape.HasVersion && known != 0)
        {
            return Bound(shape, shape.UpdateStatement(known), values, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Stale;
        }

        if (differs is { } mirrored && !shape.HasVersion)
        {
            // An unversioned mirror row (the dashboard's milestones) as loaded under the case's version check.
            if (mirrored == 0)
            {
                return RowUpdate.Unchanged;
            }

            return Bound(shape, shape.UpdateStatement(mirrored), values, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Missing;
        }

        // Unknown, or a versioned row with nothing differing (the caller erred): check the database.
        var changed = 0UL;
        using (var current = Bound(shape, shape.CompareStatement, values, expectedVersion: null).ExecuteReader())
        {
            if (!current.Read())
            {
                return RowUpdate.Missing;
            }

            if (shape.HasVersion && current.GetInt64(0) != expectedVersion)
            {
                return RowUpdate.Stale;
            }

            for (var i = 0; i < shape.Columns.Count; i++)
            {
                if (current.GetInt64(i + 1) == 0)
                {
                    changed |= 1UL << i;
                }
            }
        }

        if (changed == 0)
        {
            return RowUpdate.Unchanged;
        }

        // Under the write lock nothing moved between the compare and the update; the guard stays as a second check.
        return Bound(shape, shape.UpdateStatement(changed), values, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Stale;
    }

    /// <summary>Deletes the row; false when the stored version is not <paramref name="expectedVersion"/> (or the row is gone).</summary>
    public bool Delete(object row, long? expectedVersion)
    {
        var shape = ShapeOf(row);
        return Delete(shape, shape.ValuesOf(row), expectedVersion);
    }

    /// <summary><see cref="Delete(object, long?)"/> given the row's stored values.</summary>
    public bool Delete(TableShape shape, object[] values, long? expectedVersion) =>
        Bound(shape, shape.DeleteStatement, values, expectedVersion).ExecuteNonQuery() == 1;

    /// <summary>Runs a statement without parameters (a savepoint and its release or rollback).</summary>
    public void Run(string sql)
    {
        if (!_plain.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Prepare();
            _plain.Add(sql, command);
        }

        command.Transaction = Transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values.Concat(_plain.Values))
        {
            command.Dispose();
        }

        _commands.Clear();
        _plain.Clear();
    }

    private SqliteCommand Bound(TableShape shape, RowStatement statement, object[] values, long? expectedVersion)
    {
        var command = Prepared(shape, statement);
        var parameters = command.Parameters;
        var columns = statement.Columns;
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i].Value = values[columns[i]];
        }

        if (statement.NamesExpectedVersion)
        {
            parameters[columns.Length].Value = expectedVersion ?? throw new InvalidOperationException($"A write ({statement.Sql}) must name the version it expects.");
        }

        return command;
    }

    private SqliteCommand Prepared(TableShape shape, RowStatement statement)
    {
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var index in statement.Columns)
            {
                var column = shape.Columns[index];
                command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, value: null, column.IsNullable));
            }

            if (statement.NamesExpectedVersion)
            {
                command.Parameters.Add(new SqliteParameter(TableShape.ExpectedVersion, SqliteType.Integer));
            }

            command.Prepare();
            _commands.Add(statement, command);
        }

        command.Transaction = Transaction;
        return command;
    }

    private TableShape ShapeOf(object row) => TableShape.Of(model, row.GetType());
}
