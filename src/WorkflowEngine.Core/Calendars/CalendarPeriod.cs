namespace WorkflowEngine.Core.Calendars;

/// <summary>A run of days on a calendar, both ends included: a school term, a half-term or an INSET day.</summary>
/// <param name="Name">What it is, e.g. "Autumn term 2026" or "October half-term".</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (the same as the first for a single day).</param>
public sealed record CalendarPeriod(string Name, DateOnly Start, DateOnly End)
{
    /// <summary>Whether the date falls in the period.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
