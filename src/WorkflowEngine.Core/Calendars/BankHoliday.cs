namespace WorkflowEngine.Core.Calendars;

/// <summary>A public holiday on a working-day calendar, such as Christmas Day or a substitute day.</summary>
/// <param name="Date">The local date of the holiday.</param>
/// <param name="Name">Its name, e.g. <c>Boxing Day (substitute day)</c>.</param>
public sealed record BankHoliday(DateOnly Date, string Name);
