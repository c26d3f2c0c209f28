using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Identity;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Escalations;

/// <summary>The managers' escalation queue: filter by level, agency and age; acknowledge; resolve with a note.</summary>
[Authorize(Roles = AppRoles.Manager + "," + AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class EscalationsController(IEscalationQueue queue, ReferenceData reference, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    /// <summary>The queue, highest level first, then oldest.</summary>
    [HttpGet("/escalations")]
    public Task<IActionResult> Index(int? level, string? agency, int? olderThanDays, CancellationToken cancellationToken) =>
        ShowAsync(level, agency, olderThanDays, cancellationToken);

    /// <summary>A manager takes an escalation on.</summary>
    [HttpPost("/escalations/{caseId:guid}/{escalationId:guid}/acknowledge")]
    public Task<IActionResult> Acknowledge(Guid caseId, Guid escalationId, [FromServices] AcknowledgeEscalationHandler handler, CancellationToken cancellationToken) =>
        ActAsync(escalationId, "You acknowledged the escalation of", access => handler.HandleAsync(new(caseId, escalationId, Me.UserName, access), cancellationToken), cancellationToken);

    /// <summary>A manager closes an escalation with a note of what was done.</summary>
    [HttpPost("/escalations/{caseId:guid}/{escalationId:guid}/resolve")]
    public Task<IActionResult> Resolve(Guid caseId, Guid escalationId, string? note, [FromServices] ResolveEscalationHandler handler, CancellationToken cancellationToken) =>
        ActAsync(escalationId, "You resolved the escalation of", access => handler.HandleAsync(new(caseId, escalationId, note?.Trim() ?? string.Empty, Me.UserName, access), cancellationToken),
            cancellationToken);

    // Who may see and handle the escalation is decided by the command, on the snapshot it changes (one load).
    private async Task<IActionResult> ActAsync(Guid escalationId, string done, Func<CaseAccessCheck, Task<CommandResult<CaseState>>> act, CancellationToken cancellationToken)
    {
        var me = Me;
        string? cannotHandle = null;
        var hidden = false;
        var result = await act((state, _) =>
        {
            // No such escalation: the command says so (404), as the page did.
            if (state.Escalations.Find(e => e.Id == escalationId) is not { } escalation)
            {
                return null;
            }

            var taskAgency = state.Tasks.Find(t => t.Id == escalation.TaskId)?.Agency ?? escalation.TargetAgency;
            var agency = reference.AgenciesByKey.GetValueOrDefault(taskAgency);
            hidden = !EscalationAccess.CanSee(me, escalation, taskAgency);
            cannotHandle = hidden || EscalationAccess.CanHandle(me, escalation, agency, taskAgency) ? null : EscalationAccess.RefusalFor(me, escalation, agency, taskAgency);
            return hidden ? "You cannot see this escalation." : cannotHandle;
        });
        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        if (hidden)
        {
            return Refuse();
        }

        if (cannotHandle is not null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.AddModelError(string.Empty, cannotHandle);
            return await ShowAsync(null, null, null, cancellationToken);
        }

        if (result is { Succeeded: true, Value: { } state })
        {
            var taskId = state.Escalations.Find(e => e.Id == escalationId)?.TaskId;
            TempData[Banner.Key] = done + " " + (state.Tasks.Find(t => t.Id == taskId)?.Title ?? "the task") + " for " + state.Child.Name + ".";
            return Redirect("/escalations");
        }

        ShowErrors(result.Errors, path => path == "$.note" ? $"note-{escalationId}" : null);
        Response.StatusCode = result.Status == CommandStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return await ShowAsync(null, null, null, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int? level, string? agency, int? olderThanDays, CancellationToken cancellationToken)
    {
        var me = Me;
        var canChoose = me.SeesEverything;
        agency = canChoose ? (string.IsNullOrWhiteSpace(agency) ? null : agency) : me.Agency;
        level = level is >= 1 and <= 4 ? level : null;
        olderThanDays = olderThanDays is > 0 ? olderThanDays : null;
        var now = time.GetUtcNow();
        var raisedBefore = olderThanDays is { } days ? now.AddDays(-days) : (DateTimeOffset?)null;
        // A manager keeps seeing their agency's escalations at every level, read-only above their own.
        var items = await queue.ListAsync(canChoose
            ? new EscalationQueueQuery(TargetAgency: agency, Level: level, RaisedBefore: raisedBefore, Take: 200)
            : new EscalationQueueQuery(Level: level, RaisedBefore: raisedBefore, Take: 200, InvolvingAgency: me.Agency), cancellationToken);
        var calendar = new PageCalendar(calendars).For();
        return View("Index", new EscalationQueueView(level, agency, olderThanDays, canChoose, reference.Agencies, items,
            e => Age(now - e.RaisedAt) + ", on " + DueWords.When(e.RaisedAt, calendar),
            key => reference.AgenciesByKey.TryGetValue(key, out var a) ? a.Name : key,
            i => EscalationAccess.CanHandle(me, i.Escalation, reference.AgenciesByKey.GetValueOrDefault(i.TaskAgency), i.TaskAgency),
            at => DueWords.When(at, calendar)));
    }

    private static string Age(TimeSpan age) => age.TotalDays >= 1
        ? $"{(int)age.TotalDays} {((int)age.TotalDays == 1 ? "day" : "days")} ago"
        : age.TotalHours >= 1 ? $"{(int)age.TotalHours} {((int)age.TotalHours == 1 ? "hour" : "hours")} ago" : "just now";
}
