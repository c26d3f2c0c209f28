using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Operations;

/// <summary>
/// Admins see what the engine could not do on its own: timers that failed every attempt and
/// notifications the outbox gave up on, each with what failed in words and a Retry button. A retry
/// goes through the same stores as the API's (the timer back to the dispatcher, the message back to
/// the outbox), which record it as they do there.
/// </summary>
[AdminOnly]
public sealed class OperationsController(ITimerStore timers, IOutboxStore outbox, ReferenceData reference, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    private const int MaxFailed = 500;

    /// <summary>Timer incidents and failed notifications, oldest first.</summary>
    [HttpGet("/admin/incidents")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var calendar = new PageCalendar(calendars).For();
        var incidents = await timers.ListIncidentsAsync(cancellationToken);
        var failed = await outbox.ListFailedAsync(MaxFailed, cancellationToken);
        return View("Index", new OperationsView(
            [.. incidents.Select(t => new IncidentLine(t.Id, CaseReference.Of(t.CaseId), $"/cases/{t.CaseId}", IncidentWords.ForTimer(t.Kind),
                DueWords.When(t.DueAt, calendar), t.Attempts, IncidentWords.Error(t.LastError)))],
            [.. failed.Select(m => new IncidentLine(m.Id, m.CaseId is { } c ? CaseReference.Of(c) : null, m.CaseId is { } id ? $"/cases/{id}" : null,
                $"{m.Subject} (to {Recipient(m.Recipient)})", DueWords.When(m.CreatedAt, calendar), m.Attempts, IncidentWords.Error(m.LastError)))]));
    }

    /// <summary>Sends a timer incident back to the dispatcher, due now.</summary>
    [HttpPost("/admin/incidents/timers/{id:guid}/retry")]
    public async Task<IActionResult> RetryTimer(Guid id, CancellationToken cancellationToken)
    {
        if (!await timers.RetryIncidentAsync(id, time.GetUtcNow(), cancellationToken))
        {
            return Missing();
        }

        TempData[Banner.Key] = "The timer will be tried again within a minute.";
        return Redirect("/admin/incidents");
    }

    /// <summary>Queues a failed notification for delivery again.</summary>
    [HttpPost("/admin/incidents/notifications/{id:guid}/retry")]
    public async Task<IActionResult> RetryNotification(Guid id, CancellationToken cancellationToken)
    {
        if (!await outbox.RetryAsync(id, time.GetUtcNow(), cancellationToken))
        {
            return Missing();
        }

        TempData[Banner.Key] = "The notification will be sent again within a minute.";
        return Redirect("/admin/incidents");
    }

    private string Recipient(NotificationRecipient to)
    {
        var agency = reference.AgenciesByKey.TryGetValue(to.Agency, out var found) ? found.Name : to.Agency;
        return to.Person ?? (to.Role is { } role ? $"{agency}, {role}" : agency);
    }
}
