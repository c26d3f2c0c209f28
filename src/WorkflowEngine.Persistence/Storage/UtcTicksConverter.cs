using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowEngine.Persistence.Storage;

/// <summary>
/// Stores a DateTimeOffset as its UTC ticks, so every provider can compare and order it (EF's
/// SQLite provider cannot order DateTimeOffset text). The instant is exact to the tick; the
/// original offset is not kept and values come back in UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
