using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// One table's columns and its insert, checked update and checked delete, read from EF Core's model
/// (names, value converters, provider type mappings), so rows written by hand are the rows EF would
/// write and EF reads them back unchanged.
/// </summary>
internal sealed class TableShape
{
    /// <summary>The parameter holding the version a checked update or delete expects to find.</summary>
    public const string ExpectedVersion = "@expected";

    private TableShape(Type clrType, string table, IReadOnlyList<TableColumn> columns)
    {
        ClrType = clrType;
        Table = table;
        Columns = columns;
        var keys = columns.Where(c => c.IsKey).ToList();
        var version = columns.SingleOrDefault(c => c.IsVersion);
        var guard = string.Join(" AND ", keys.Select(c => $"\"{c.Name}\" = {c.Parameter}"));
        var guardVersion = version is null ? guard : $"{guard} AND \"{version.Name}\" = {ExpectedVersion}";

        if (columns.Count > 64)
        {
            throw new InvalidOperationException($"{table} has more columns than a change mask holds.");
        }

        _guardVersion = guardVersion;
        var all = Enumerable.Range(0, columns.Count).ToArray();
        _keys = [.. all.Where(i => columns[i].IsKey)];
        Insert = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(c => c.Parameter))})";
        Delete = $"DELETE FROM \"{table}\" WHERE {guardVersion}";
        // SQLite compares with the same bindings the write would use, so "unchanged" means stored-equal.
        Compare = $"SELECT {(version is null ? "0" : $"\"{version.Name}\"")}, {string.Join(", ", columns.Select(c => $"\"{c.Name}\" IS {c.Parameter}"))} FROM \"{table}\" WHERE {guard}";
        HasVersion = version is not null;
        InsertStatement = new RowStatement(Insert, all, NamesExpectedVersion: false);
        DeleteStatement = new RowStatement(Delete, _keys, HasVersion);
        CompareStatement = new RowStatement(Compare, all, NamesExpectedVersion: false);
    }

    private readonly string _guardVersion;
    private readonly int[] _keys;
    private readonly ConcurrentDictionary<ulong, RowStatement> _updates = new();

    public string Table { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Inserts every column.</summary>
    public string Insert { get; }

    /// <summary>
    /// Reads the stored row's version (0 when unversioned) and, for each column in order, whether
    /// the stored value is the one about to be written (1) or not (0).
    /// </summary>
    public string Compare { get; }

    /// <summary>Deletes where the key matches (and the version is the expected one, for versioned rows).</summary>
    public string Delete { get; }

    public bool HasVersion { get; }

    /// <summary><see cref="Insert"/> with the columns it names.</summary>
    public RowStatement InsertStatement { get; }

    /// <summary><see cref="Delete"/> with the columns it names (the key).</summary>
    public RowStatement DeleteStatement { get; }

    /// <summary><see cref="Compare"/> with the columns it names (all).</summary>
    public RowStatement CompareStatement { get; }

    /// <summary><see cref="UpdateOf"/>, built once per set of changed columns, with the columns it names.</summary>
    public RowStatement UpdateStatement(ulong changed) =>
        _updates.GetOrAdd(changed, mask => new RowStatement(UpdateOf(mask), [.. Enumerable.Range(0, Columns.Count).Where(i => (mask & (1UL << i)) != 0 || Columns[i].IsKey)], HasVersion));

    /// <summary>The row's values as stored, in column order (converters applied, DBNull for null).</summary>
    public object[] ValuesOf(object row)
    {
        var values = new object[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].StoredValue(row);
        }

        return values;
    }

    /// <summary>Bit i set where the stored values of column i differ.</summary>
    public static ulong Differences(object[] row, object[] stored)
    {
        var differs = 0UL;
        for (var i = 0; i < row.Length; i++)
        {
            if (!Equals(row[i], stored[i]))
            {
                differs |= 1UL << i;
            }
        }

        return differs;
    }

    /// <summary>The shape of the table EF maps <paramref name="clrType"/> to, worked out once per model.</summary>
    public static TableShape Of(IModel model, Type clrType) =>
        Shapes.GetOrCreateValue(model).GetOrAdd(clrType, type => Build(model, type));

    // Keyed by the model, which EF builds once per context type and keeps.
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, TableShape>> Shapes = new();

    private static TableShape Build(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not part of the engine's database model.");
        var table = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{clrType.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var keys = entityType.FindPrimaryKey()?.Properties.ToHashSet()
            ?? throw new InvalidOperationException($"{clrType.Name} has no key.");

        var columns = entityType.GetFlattenedProperties()
            .Select((property, index) => new TableColumn(
                property.GetColumnName(store) ?? throw new InvalidOperationException($"{clrType.Name}.{property.Name} has no column."),
                "@c" + index.ToString(CultureInfo.InvariantCulture),
                property.GetGetter(),
                property.GetRelationalTypeMapping(),
                property.IsNullable,
                keys.Contains(property),
                property.IsConcurrencyToken,
                property.DeclaringType == entityType ? property.PropertyInfo : null))
            .ToList();
        return new TableShape(clrType, table, columns);
    }

    /// <summary>The type rows of this table are read into.</summary>
    public Type ClrType { get; }

    /// <summary>Selects every column, in the order <see cref="Read"/> expects, of the rows where <paramref name="column"/> equals <c>@value</c>.</summary>
    public string SelectWhere(string column, string orderBy) =>
        $"SELECT {string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))} FROM \"{Table}\" WHERE \"{column}\" = @value ORDER BY {orderBy}";

    /// <summary>A row read by a <see cref="SelectWhere"/> statement, as EF Core would read it (converters applied).</summary>
    public object Read(DbDataReader reader)
    {
        var row = Activator.CreateInstance(ClrType)
            ?? throw new InvalidOperationException($"{ClrType.Name} cannot be created.");
        for (var i = 0; i < Columns.Count; i++)
        {
            Columns[i].Assign(row, reader, i);
        }

        return row;
    }

    /// <summary>
    /// Writes the columns in <paramref name="changed"/> (bit i for column i) where the key matches
    /// (and the version is the expected one, for versioned rows). SQLite rewrites an index entry
    /// only when the update names one of its columns, so naming only the changed ones leaves the
    /// other indexes' pages untouched: on a task completion that halved the pages committed.
    /// </summary>
    public string UpdateOf(ulong changed) =>
        $"UPDATE \"{Table}\" SET {string.Join(", ", Columns.Where((c, i) => (changed & (1UL << i)) != 0).Select(c => $"\"{c.Name}\" = {c.Parameter}"))} WHERE {_guardVersion}";
}

/// <summary>A column of a <see cref="TableShape"/>: where its value comes from and how EF stores it.</summary>
internal sealed record TableColumn(
    string Name,
    string Parameter,
    IClrPropertyGetter Getter,
    RelationalTypeMapping Mapping,
    bool IsNullable,
    bool IsKey,
    bool IsVersion,
    PropertyInfo? Property)
{
    private readonly Action<object, object?>? _set = Property is null ? null : CompileSetter(Property);
    private readonly Func<DbDataReader, int, object> _read = ReaderOf(Mapping.Converter?.ProviderClrType ?? Mapping.ClrType);

    /// <summary>Reads the column at <paramref name="ordinal"/> and sets the row's property from it.</summary>
    public void Assign(object row, DbDataReader reader, int ordinal)
    {
        if (_set is null)
        {
            throw new InvalidOperationException($"{Name} belongs to a complex property; rows with one are not read by hand.");
        }

        var value = reader.IsDBNull(ordinal) ? null : _read(reader, ordinal);
        if (value is not null && Mapping.Converter is { } converter)
        {
            value = converter.ConvertFromProvider(value);
        }

        _set(row, value);
    }

    // How a stored value of the provider's type is read (a Guid is stored as text on SQLite, as uuid on PostgreSQL).
    private static Func<DbDataReader, int, object> ReaderOf(Type stored) => (Nullable.GetUnderlyingType(stored) ?? stored) switch
    {
        var t when t == typeof(string) => (r, i) => r.GetString(i),
        var t when t == typeof(long) => (r, i) => r.GetInt64(i),
        var t when t == typeof(int) => (r, i) => r.GetInt32(i),
        var t when t == typeof(Guid) => (r, i) => r.GetGuid(i),
        var t when t == typeof(bool) => (r, i) => r.GetBoolean(i),
        var t when t == typeof(double) => (r, i) => r.GetDouble(i),
        var t => (r, i) => Convert.ChangeType(r.GetValue(i), t, CultureInfo.InvariantCulture),
    };

    // Init-only setters are ordinary setters to a compiled expression.
    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var setter = property.SetMethod ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} cannot be set.");
        var row = Expression.Parameter(typeof(object), "row");
        var value = Expression.Parameter(typeof(object), "value");
        var call = Expression.Call(Expression.Convert(row, property.DeclaringType!), setter, Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(call, row, value).Compile();
    }

    /// <summary>The value as stored: EF's converter applied (enum names, UTC ticks), DBNull for null.</summary>
    public object StoredValue(object row)
    {
        var value = Getter.GetClrValueUsingContainingEntity(row);
        if (value is not null && Mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        return value ?? DBNull.Value;
    }
}
