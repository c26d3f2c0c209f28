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
    private readonly Dictionary<Type, TableShape> _shapes = [];
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The transaction every statement runs in; set before writing.</summary>
    public SqliteTransaction? Transaction { get; set; }

    public void Insert(object row)
    {
        var shape = ShapeOf(row.GetType());
        Execute(shape, shape.Insert, row, expectedVersion: null);
    }

    /// <summary>
    /// Writes the columns of the row that differ from the stored one. Versioned rows are written
    /// only when the stored version is <paramref name="expectedVersion"/>. When the caller knows the
    /// stored row (<paramref name="stored"/>, as loaded at that version) the comparison is made in
    /// memory and the version guard of the update alone decides; otherwise the row is read back.
    /// </summary>
    public RowUpdate Update(object row, long? expectedVersion, object? stored = null)
    {
        var shape = ShapeOf(row.GetType());
        if (stored is not null && shape.HasVersion)
        {
            var differs = 0UL;
            for (var i = 0; i < shape.Columns.Count; i++)
            {
                if (!Equals(shape.Columns[i].StoredValue(row), shape.Columns[i].StoredValue(stored)))
                {
                    differs |= 1UL << i;
                }
            }

            // A versioned row always changes its version; nothing differing means the caller erred, so check the database.
            if (differs != 0)
            {
                return Bound(shape, shape.UpdateOf(differs), row, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Stale;
            }
        }

        if (stored is not null && !shape.HasVersion)
        {
            // An unversioned mirror row (the dashboard's milestones) as loaded under the case's version check.
            var differs = 0UL;
            for (var i = 0; i < shape.Columns.Count; i++)
            {
                if (!Equals(shape.Columns[i].StoredValue(row), shape.Columns[i].StoredValue(stored)))
                {
                    differs |= 1UL << i;
                }
            }

            if (differs == 0)
            {
                return RowUpdate.Unchanged;
            }

            return Bound(shape, shape.UpdateOf(differs), row, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Missing;
        }

        var compare = Bound(shape, shape.Compare, row, expectedVersion);
        var changed = 0UL;
        using (var current = compare.ExecuteReader())
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
        return Bound(shape, shape.UpdateOf(changed), row, expectedVersion).ExecuteNonQuery() == 1 ? RowUpdate.Written : RowUpdate.Stale;
    }

    /// <summary>Deletes the row; false when the stored version is not <paramref name="expectedVersion"/> (or the row is gone).</summary>
    public bool Delete(object row, long? expectedVersion)
    {
        var shape = ShapeOf(row.GetType());
        return Execute(shape, shape.Delete, row, expectedVersion) == 1;
    }

    /// <summary>Runs a statement without parameters (a savepoint and its release or rollback).</summary>
    public void Run(string sql) => Prepared(sql, shape: null).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private int Execute(TableShape shape, string sql, object row, long? expectedVersion) =>
        Bound(shape, sql, row, expectedVersion).ExecuteNonQuery();

    private SqliteCommand Bound(TableShape shape, string sql, object row, long? expectedVersion)
    {
        var command = Prepared(sql, shape);
        var parameters = command.Parameters;
        var columns = shape.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i].Value = columns[i].StoredValue(row);
        }

        if (shape.HasVersion && sql != shape.Insert)
        {
            parameters[columns.Count].Value = expectedVersion ?? throw new InvalidOperationException($"A write to {shape.Table} must name the version it expects.");
        }

        return command;
    }

    private SqliteCommand Prepared(string sql, TableShape? shape)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            if (shape is not null)
            {
                foreach (var column in shape.Columns)
                {
                    command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, value: null, column.IsNullable));
                }

                command.Parameters.Add(new SqliteParameter(TableShape.ExpectedVersion, SqliteType.Integer));
            }
            command.Prepare();
            _commands.Add(sql, command);
        }

        command.Transaction = Transaction;
        return command;
    }

    private TableShape ShapeOf(Type type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            shape = TableShape.Of(model, type);
            _shapes.Add(type, shape);
        }

        return shape;
    }
}
