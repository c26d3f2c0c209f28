using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Identity;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Escalations;

/// <summary>The managers' escalation queue: filter by level, agency and age; acknowledge; resolve with a note.</summary>
[Authorize(Roles = AppRoles.Manager + "," + AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class EscalationsController(IEscalationQueue queue, CaseService cases, ReferenceData reference, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    /// <summary>The queue, highest level first, then oldest.</summary>
    [HttpGet("/escalations")]
    public Task<IActionResult> Index(int? level, string? agency, int? olderThanDays, CancellationToken cancellationToken) =>
        ShowAsync(level, agency, olderThanDays, cancellationToken);

    /// <summary>A manager takes an escalation on.</summary>
    [HttpPost("/escalations/{caseId:guid}/{escalationId:guid}/acknowledge")]
    public Task<IActionResult> Acknowledge(Guid caseId, Guid escalationId, CancellationToken cancellationToken) =>
        ActAsync(caseId, escalationId, "You acknowledged the escalation of", () => cases.AcknowledgeEscalationAsync(caseId, escalationId, Me.UserName, cancellationToken), cancellationToken);

    /// <summary>A manager closes an escalation with a note of what was done.</summary>
    [HttpPost("/escalations/{caseId:guid}/{escalationId:guid}/resolve")]
    public Task<IActionResult> Resolve(Guid caseId, Guid escalationId, string? note, CancellationToken cancellationToken) =>
        ActAsync(caseId, escalationId, "You resolved the escalation of", () => cases.ResolveEscalationAsync(caseId, escalationId, note?.Trim() ?? string.Empty, Me.UserName, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid caseId, Guid escalationId, string done, Func<Task<CommandResult<CaseState>>> act, CancellationToken cancellationToken)
    {
        var state = await cases.GetAsync(caseId, cancellationToken);
        var escalation = state?.Escalations.Find(e => e.Id == escalationId);
        if (escalation is null)
        {
            return Missing();
        }

        var taskAgency = state!.Tasks.Find(t => t.Id == escalation.TaskId)?.Agency ?? escalation.TargetAgency;
        if (!EscalationAccess.CanSee(Me, escalation, taskAgency))
        {
            return Refuse();
        }

        var agency = reference.AgenciesByKey.GetValueOrDefault(taskAgency);
        if (!EscalationAccess.CanHandle(Me, escalation, agency, taskAgency))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.AddModelError(string.Empty, EscalationAccess.RefusalFor(Me, escalation, agency, taskAgency));
            return await ShowAsync(null, null, null, cancellationToken);
        }

        var result = await act();
        if (result.Succeeded)
        {
            TempData[Banner.Key] = done + " " + (state.Tasks.Find(t => t.Id == escalation.TaskId)?.Title ?? "the task") + " for " + state.Child.Name + ".";
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
