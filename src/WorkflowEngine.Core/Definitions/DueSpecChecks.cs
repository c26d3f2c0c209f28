using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of a due time, a timer's wait or an escalation rung's wait.</summary>
internal static class DueSpecChecks
{
    /// <summary>Reports every problem with one time.</summary>
    /// <param name="run">The validation run.</param>
    /// <param name="due">The time to check.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="subject">How a sentence names it, e.g. "The due time of task 'decide-referral'".</param>
    public static void Check(ValidationRun run, DueSpec due, string path, string subject)
    {
        if (due.CountKinds() != 1)
        {
            run.Add(
                Codes.DueKind,
                path,
                $"{subject} must be given in exactly one way: working days, a duration, before the next panel (its agenda deadline) or at the next panel (when it sits).");
        }

        if (due.WorkingDays is < 0)
        {
            run.Add(
                Codes.DueNegativeWorkingDays,
                $"{path}.workingDays",
                $"{subject} is {due.WorkingDays} working days, which is before the clock starts. Use 0 or more.");
        }

        if (due.Duration is { } duration && !IsoDuration.TryParse(duration, out _, out var error))
        {
            run.Add(Codes.DueInvalidDuration, $"{path}.duration", $"{subject} is not usable: {error}");
        }

        if (due.BeforeNextPanel is { } panel && !run.Context.Panels.Contains(panel))
        {
            run.Add(
                Codes.DueUnknownPanel,
                $"{path}.beforeNextPanel",
                $"{subject} waits for panel '{panel}', which is not a known panel. Use one of: {ValidationRun.List(run.Context.Panels)}.");
        }

        if (due.LatestWithin is { } within)
        {
            if (due.BeforeNextPanel is null)
            {
                run.Add(Codes.DueLatestWithin, $"{path}.latestWithin",
                    $"{subject} gives latestWithin, which only applies to beforeNextPanel (the last sitting within that time). Remove it, or wait for a panel.");
            }
            else if (!IsoDuration.TryParse(within, out _, out var withinError))
            {
                run.Add(Codes.DueInvalidDuration, $"{path}.latestWithin", $"{subject} is not usable: {withinError}");
            }
        }

        CheckCountedDays(run, due, path, subject);

        if (due.NextPanel is { } sitting && !run.Context.Panels.Contains(sitting))
        {
            run.Add(
                Codes.DueUnknownPanel,
                $"{path}.nextPanel",
                $"{subject} waits for the next sitting of panel '{sitting}', which is not a known panel. Use one of: {ValidationRun.List(run.Context.Panels)}.");
        }
    }

    // A calendar of its own (school days) and a start date from a fact only make sense for a count of days.
    private static void CheckCountedDays(ValidationRun run, DueSpec due, string path, string subject)
    {
        if (due.Calendar is { } calendar)
        {
            if (due.WorkingDays is null)
            {
                run.Add(Codes.DueCalendar, $"{path}.calendar", $"{subject} names calendar '{calendar}', which only applies to a count of working days. Remove it, or give workingDays.");
            }
            else if (!run.Context.Calendars.Contains(calendar))
            {
                run.Add(Codes.DueCalendar, $"{path}.calendar", $"{subject} counts on calendar '{calendar}', which is not a known calendar. Use one of: {ValidationRun.List(run.Context.Calendars)}.");
            }
        }

        if (due.FromDate is { } fact)
        {
            if (due.WorkingDays is null)
            {
                run.Add(Codes.DueFromDate, $"{path}.fromDate", $"{subject} counts from the date '{fact}', which only applies to a count of working days. Remove it, or give workingDays.");
            }
            else if (run.Context.Facts is { } facts && (!facts.TryGetValue(fact, out var type) || type != FactType.Date))
            {
                run.Add(Codes.DueFromDate, $"{path}.fromDate", $"{subject} counts from '{fact}', which is not a date fact in the catalogue (reference/facts.json).");
            }
        }
    }
}
