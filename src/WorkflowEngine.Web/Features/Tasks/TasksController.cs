using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>My tasks: the inbox as tabs for me, my team and my agency, overdue first.</summary>
public sealed class TasksController(ITaskInbox inbox, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    /// <summary>The inbox; <paramref name="show"/> picks the tab (me, team or agency).</summary>
    [HttpGet("/tasks")]
    public async Task<IActionResult> Index(string? show, CancellationToken cancellationToken)
    {
        var me = Me;
        var tabs = new List<(string, string)> { ("me", "Assigned to me") };
        if (me.Team is not null)
        {
            tabs.Add(("team", "My team"));
        }

        tabs.Add(("agency", "My agency"));
        show = tabs.Exists(t => t.Item1 == show) ? show! : me.Team is null ? "agency" : "team";
        var query = show switch
        {
            "me" => new InboxQuery(me.Agency, AssignedTo: me.UserName),
            "team" => new InboxQuery(me.Agency, Role: me.Team),
            _ => new InboxQuery(me.Agency),
        };
        var page = string.IsNullOrEmpty(me.Agency) ? new InboxPage([], false) : await inbox.QueryAsync(query, cancellationToken);
        var now = time.GetUtcNow();
        var calendar = new PageCalendar(calendars).For();
        var lines = page.Items.Select(i => new InboxLine(
            $"/cases/{i.CaseId}/tasks/{i.TaskId}", i.Title, CaseReference.Of(i.CaseId),
            DueWords.Describe(i.DueAt, now, calendar), i.DueAt <= now, i.Status, i.AssignedTo,
            i.Priority == TaskPriority.High, i.EscalationLevel)).ToList();
        return View(new InboxPageView(show, tabs, lines, page.HasMore));
    }
}
