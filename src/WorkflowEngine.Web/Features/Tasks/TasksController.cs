using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// My tasks: the inbox as tabs for me, my team and my agency, each with its count; filters by task,
/// stage, due time, priority and holder; a search by the child's name or the case reference; an
/// order; pages. Everything is in the query string. Need-to-know: only the viewer's agency's tasks.
/// </summary>
public sealed class TasksController(
    ITaskInbox inbox, IDocumentReader documents, WorkflowCatalogue catalogue, PeopleDirectory people, CalendarCatalogue calendars, TimeProvider time,
    IHandoverQueries handovers, Core.Reference.ReferenceData reference) : PageController
{
    private const int PageSize = 25;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The inbox.</summary>
    [HttpGet("/tasks")]
    public async Task<IActionResult> Index(string? show, string? task, string? stage, string? due, string? priority, string? heldBy, string? sort, string? q, int? page,
        CancellationToken cancellationToken)
    {
        var me = Me;
        var tabs = new List<(string Key, string Text)> { ("me", "Assigned to me") };
        if (me.Team is not null)
        {
            tabs.Add(("team", "My team"));
        }

        tabs.Add(("agency", "My agency"));
        show = tabs.Exists(t => t.Key == show) ? show! : me.Team is null ? "agency" : "team";
        var filters = InboxFilters.Read(show, task, stage, due, priority, heldBy, sort, q, page);
        // A search too long is refused beside the box (not cut short, which would find the wrong children); the other filters stay.
        var refused = SearchLimit.Refuses(filters.Search, "q", ModelState, "The child's name or case reference");
        if (refused)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        if (string.IsNullOrEmpty(me.Agency))
        {
            return View(new InboxPageView(filters, [.. tabs.Select(t => (t.Key, t.Text, 0))], new InboxChoices([], [], new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>()), [], 0, false, PageSize));
        }

        var choices = await InboxChoices.ForAsync(me.Agency, documents, catalogue, cancellationToken);
        var calendar = new PageCalendar(calendars).For();
        var now = time.GetUtcNow();
        var query = Filtered(TabQuery(show), filters, choices, calendar, now) with { Skip = (filters.Page - 1) * PageSize, Take = PageSize };
        var found = refused ? new InboxPage([], false) : await inbox.QueryAsync(query, cancellationToken);
        var matching = refused ? 0 : await inbox.CountAsync(query, InboxPageView.CountCap, cancellationToken);
        var counts = new List<(string, string, int)>();
        foreach (var (key, text) in tabs)
        {
            counts.Add((key, text, await inbox.CountAsync(TabQuery(key), InboxPageView.CountCap, cancellationToken)));
        }

        var names = await people.DisplayNamesAsync(found.Items.Select(i => i.AssignedTo), cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        var lines = found.Items.Select(i => new InboxLine(
            $"/cases/{i.CaseId}/tasks/{i.TaskId}", i.Title, CaseReference.Of(i.CaseId), i.ChildName ?? "Name not recorded", AgeOn(i.ChildDateOfBirth, today),
            choices.StageNames.GetValueOrDefault(i.StageKey, i.StageKey), Received(i.CreatedAt, calendar),
            DueWords.Describe(i.DueAt, now, calendar), i.DueAt <= now, i.Status,
            i.AssignedTo is null ? null : names.GetValueOrDefault(i.AssignedTo, i.AssignedTo),
            i.Priority == TaskPriority.High, i.EscalationLevel, i.HandoverFrom is null ? null : AgencyName(i.HandoverFrom))).ToList();
        // The sending agency still answers for what it passed on until it is accepted, so it stays in view here.
        var passedOn = (await handovers.PassedOnAsync(me.Agency, PageSize, cancellationToken)).Select(i => new InboxLine(
            $"/cases/{i.CaseId}/tasks/{i.TaskId}", i.Title, CaseReference.Of(i.CaseId), i.ChildName ?? "Name not recorded", AgeOn(i.ChildDateOfBirth, today),
            choices.StageNames.GetValueOrDefault(i.StageKey, i.StageKey), Received(i.CreatedAt, calendar),
            DueWords.Describe(i.DueAt, now, calendar), i.DueAt <= now, i.Status, null, i.Priority == TaskPriority.High, i.EscalationLevel, AgencyName(i.Agency))).ToList();
        return View(new InboxPageView(filters, counts, choices, lines, matching, found.HasMore, PageSize, passedOn));

        InboxQuery TabQuery(string key) => key switch
        {
            "me" => new InboxQuery(me.Agency, AssignedTo: me.UserName),
            "team" => new InboxQuery(me.Agency, Role: me.Team),
            _ => new InboxQuery(me.Agency),
        };
    }

    private string AgencyName(string key) => reference.AgenciesByKey.GetValueOrDefault(key)?.Name ?? key;

    private InboxQuery Filtered(InboxQuery query, InboxFilters filters, InboxChoices choices, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (filters.HeldBy == "me" && query.AssignedTo is null)
        {
            query = query with { AssignedTo = Me.UserName };
        }
        else if (filters.HeldBy == "unassigned" && query.AssignedTo is null)
        {
            query = query with { UnassignedOnly = true };
        }

        // A stage is asked for by its tasks' keys, so the inbox walks its task index; a task chosen as well narrows it to that task.
        if (filters.Task is not null)
        {
            query = query with { TaskKeys = [filters.Task], StageKey = filters.Stage };
        }
        else if (filters.Stage is not null)
        {
            query = query with { TaskKeys = choices.TasksOfStage.GetValueOrDefault(filters.Stage), StageKey = filters.Stage };
        }

        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        query = filters.Due switch
        {
            "overdue" => query with { OverdueOnly = true },
            "today" => query with { DueFrom = now, DueBefore = StartOf(localToday.AddDays(1), calendar) },
            "week" => query with { DueFrom = now, DueBefore = StartOf(localToday.AddDays(7 - ((int)localToday.DayOfWeek + 6) % 7), calendar) },
            _ => query,
        };
        return query with
        {
            Priority = filters.Priority switch { "high" => TaskPriority.High, "normal" => TaskPriority.Normal, _ => null },
            Order = filters.Sort == "priority" ? InboxOrder.Priority : InboxOrder.Due,
            Search = filters.Search,
        };
    }

    // Midnight at the start of a day on the calendar's clock (London), as an instant.
    private static DateTimeOffset StartOf(DateOnly day, WorkingCalendar calendar)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }

    private static string? AgeOn(DateOnly? born, DateOnly today)
    {
        if (born is not { } birth || birth > today)
        {
            return null;
        }

        var years = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
        return years == 1 ? "1 year old" : $"{years} years old";
    }

    private static string Received(DateTimeOffset at, WorkingCalendar calendar) =>
        TimeZoneInfo.ConvertTime(at, calendar.TimeZone).ToString("d MMM yyyy, HH:mm", English);
}
