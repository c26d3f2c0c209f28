using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Web.Access;

namespace WorkflowEngine.Web.Api.Notifications;

/// <summary>The caller's in-app notifications: those to them by name, to their team and to their agency.</summary>
[Route("api/notifications")]
public sealed class NotificationsController(IInAppNotificationStore store, TimeProvider time) : EngineApiController
{
    private const int MaxPerInbox = 200;

    /// <summary>The caller's notifications, newest first.</summary>
    /// <param name="unreadOnly">Only those not yet read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<NotificationResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<NotificationResponse>>> List(bool unreadOnly = false, CancellationToken cancellationToken = default) =>
        Ok((await ReadAsync(Caller, unreadOnly, cancellationToken)).Select(NotificationResponse.From).ToList());

    /// <summary>Marks one of the caller's notifications read (reading it again keeps the first time).</summary>
    /// <response code="204">Marked read.</response>
    /// <response code="404">The caller has no such notification.</response>
    [HttpPost("{id:guid}/read")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Read(Guid id, CancellationToken cancellationToken)
    {
        // Someone else's notification is reported as missing, not forbidden: its id says nothing to the caller.
        var mine = await ReadAsync(Caller, unreadOnly: false, cancellationToken);
        if (!mine.Any(n => n.Id == id) || !await store.MarkReadAsync(id, time.GetUtcNow(), cancellationToken))
        {
            return NotFoundProblem("You have no such notification.");
        }

        return NoContent();
    }

    // The store matches recipients exactly: the person (within their team or agency as a whole), their team, their agency.
    private async Task<IReadOnlyList<InAppNotification>> ReadAsync(Viewer caller, bool unreadOnly, CancellationToken cancellationToken)
    {
        var inboxes = new List<NotificationRecipient>
        {
            new(caller.Agency, null, caller.UserName),
            new(caller.Agency, null),
        };
        if (caller.Team is { } team)
        {
            inboxes.Add(new(caller.Agency, team, caller.UserName));
            inboxes.Add(new(caller.Agency, team));
        }

        var all = new List<InAppNotification>();
        foreach (var recipient in inboxes)
        {
            all.AddRange(await store.ListForAsync(recipient, unreadOnly, MaxPerInbox, cancellationToken));
        }

        return [.. all.DistinctBy(n => n.Id).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)];
    }
}
