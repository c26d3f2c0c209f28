using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>The inbox: the caller's tasks, their team's or their agency's.</summary>
[Route("api/tasks")]
public sealed class TasksController(ITaskInbox inbox) : EngineApiController
{
    /// <summary>
    /// A page of tasks of the caller's agency, overdue first, then by due time: <c>me</c> (assigned
    /// to the caller), <c>team</c> (owned by the caller's team) or <c>agency</c> (all of it).
    /// </summary>
    /// <param name="scope"><c>me</c>, <c>team</c> or <c>agency</c> (default).</param>
    /// <param name="status">Statuses to show (repeat for several); the active ones when none.</param>
    /// <param name="overdue">Only overdue tasks.</param>
    /// <param name="skip">Items to pass over.</param>
    /// <param name="take">Page size, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <response code="400">The scope is <c>team</c> but the caller has no team, or the paging is out of range.</response>
    [HttpGet]
    [ProducesResponseType<InboxResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<InboxResponse>> Inbox(
        InboxScope scope = InboxScope.Agency, [FromQuery] CaseTaskStatus[]? status = null, bool overdue = false, int skip = 0, int take = InboxQuery.DefaultTake,
        CancellationToken cancellationToken = default)
    {
        if (skip < 0 || take is < 1 or > InboxQuery.MaxTake)
        {
            return Invalid("paging.out-of-range", skip < 0 ? "skip" : "take", $"Skip must be 0 or more and take between 1 and {InboxQuery.MaxTake}.");
        }

        var caller = Caller;
        if (scope == InboxScope.Team && caller.Team is null)
        {
            return Invalid("inbox.no-team", "scope", "You are not in a team, so there is no team inbox. Ask for 'me' or 'agency'.");
        }

        var query = new InboxQuery(
            caller.Agency,
            Role: scope == InboxScope.Team ? caller.Team : null,
            AssignedTo: scope == InboxScope.Me ? caller.UserName : null,
            Statuses: status,
            OverdueOnly: overdue,
            Skip: skip,
            Take: take);
        var page = await inbox.QueryAsync(query, cancellationToken);
        return Ok(new InboxResponse([.. page.Items.Select(InboxItemResponse.From)], page.HasMore));
    }
}
