using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.Admin;

/// <summary>Operations for admins: timers that became incidents and notifications that failed, each retried by hand.</summary>
[Route("api/admin")]
[Authorize(Roles = AppRoles.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class AdminController(ITimerStore timers, IOutboxStore outbox, TimeProvider time) : EngineApiController
{
    private const int MaxFailed = 500;

    /// <summary>Timers that failed every attempt, oldest first.</summary>
    [HttpGet("timer-incidents")]
    [ProducesResponseType<IReadOnlyList<TimerIncidentResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<TimerIncidentResponse>>> TimerIncidents(CancellationToken cancellationToken) =>
        Ok((await timers.ListIncidentsAsync(cancellationToken)).Select(TimerIncidentResponse.From).ToList());

    /// <summary>Sends an incident back to the dispatcher: pending again, attempts reset, due now.</summary>
    /// <response code="204">Queued again.</response>
    /// <response code="404">There is no such incident.</response>
    [HttpPost("timer-incidents/{id:guid}/retry")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RetryTimer(Guid id, CancellationToken cancellationToken) =>
        await timers.RetryIncidentAsync(id, time.GetUtcNow(), cancellationToken) ? NoContent() : NotFoundProblem("There is no such timer incident.");

    /// <summary>Notifications the outbox gave up on, oldest first.</summary>
    [HttpGet("failed-notifications")]
    [ProducesResponseType<IReadOnlyList<FailedNotificationResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<FailedNotificationResponse>>> FailedNotifications(CancellationToken cancellationToken) =>
        Ok((await outbox.ListFailedAsync(MaxFailed, cancellationToken)).Select(FailedNotificationResponse.From).ToList());

    /// <summary>Queues a failed notification for delivery again, attempts reset.</summary>
    /// <response code="204">Queued again.</response>
    /// <response code="404">There is no such failed notification.</response>
    [HttpPost("failed-notifications/{id:guid}/retry")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RetryNotification(Guid id, CancellationToken cancellationToken) =>
        await outbox.RetryAsync(id, time.GetUtcNow(), cancellationToken) ? NoContent() : NotFoundProblem("There is no such failed notification.");
}
