using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Api.Cases;

namespace WorkflowEngine.Web.Api.Escalations;

/// <summary>The managers' escalation queue: list, acknowledge, resolve.</summary>
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class EscalationsController(IEscalationQueue queue, ReferenceData reference) : EngineApiController
{
    // The ladders have four levels: team manager, agency manager, agency safeguarding lead, partnership chair.
    private const int TopLevel = 4;

    /// <summary>
    /// Live escalations, highest level first, then oldest. Managers see those going to their agency;
    /// leads and admins see all (and may filter by <paramref name="agency"/>).
    /// </summary>
    /// <param name="level">Only this level (1 to 4).</param>
    /// <param name="role">Only those going to this role, e.g. <c>team-manager</c>.</param>
    /// <param name="agency">Leads and admins: only those going to this agency.</param>
    /// <param name="raisedBefore">Only those raised before this instant.</param>
    /// <param name="skip">Rows to skip.</param>
    /// <param name="take">Rows to return, 1 to 500.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <response code="403">Practitioners have no escalation queue.</response>
    [HttpGet("api/escalations")]
    [ProducesResponseType<IReadOnlyList<EscalationQueueItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<EscalationQueueItemResponse>>> Queue(
        int? level, string? role, string? agency, DateTimeOffset? raisedBefore, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        var caller = Caller;
        if (!TaskAccess.IsManagerOrAbove(caller))
        {
            return Forbidden("The escalation queue is for managers, leads and admins.");
        }

        if (level is < 1 or > TopLevel)
        {
            return Invalid("escalation.level-out-of-range", "level", $"The level is 1 to {TopLevel}.");
        }

        if (skip < 0 || take is < 1 or > 500)
        {
            return Invalid("paging.out-of-range", skip < 0 ? "skip" : "take", "Skip must be 0 or more and take between 1 and 500.");
        }

        // A manager sees their agency's escalations at every level, also once they have climbed past them.
        var items = await queue.ListAsync(caller.SeesEverything
            ? new EscalationQueueQuery(agency, role, level, raisedBefore, Skip: skip, Take: take)
            : new EscalationQueueQuery(null, role, level, raisedBefore, Skip: skip, Take: take, InvolvingAgency: caller.Agency), cancellationToken);
        return Ok(items.Select(EscalationQueueItemResponse.From).ToList());
    }

    /// <summary>Takes an open escalation on. Managers of the agency it goes to, leads, admins.</summary>
    /// <response code="404">No such case or escalation.</response>
    /// <response code="403">The escalation is above the caller's level on the ladder (the message names the level), or not their agency's.</response>
    /// <response code="409">It is already acknowledged or resolved.</response>
    [HttpPost("api/cases/{caseId:guid}/escalations/{id:guid}/acknowledge")]
    [ProducesResponseType<EscalationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EscalationResponse>> Acknowledge(Guid caseId, Guid id, [FromServices] AcknowledgeEscalationHandler handler, CancellationToken cancellationToken) =>
        Answer(id, await handler.HandleAsync(new(caseId, id, Caller.UserName, MayHandle(id)), cancellationToken));

    /// <summary>Closes an escalation with a note of what was done. Managers of the agency it goes to, leads, admins.</summary>
    /// <response code="400">The note is missing.</response>
    /// <response code="404">No such case or escalation.</response>
    /// <response code="403">The escalation is above the caller's level on the ladder (the message names the level), or not their agency's.</response>
    /// <response code="409">It is already resolved.</response>
    [HttpPost("api/cases/{caseId:guid}/escalations/{id:guid}/resolve")]
    [ProducesResponseType<EscalationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EscalationResponse>> Resolve(Guid caseId, Guid id, ResolveEscalationRequest request, [FromServices] ResolveEscalationHandler handler, CancellationToken cancellationToken) =>
        Answer(id, await handler.HandleAsync(new(caseId, id, request.Note ?? string.Empty, Caller.UserName, MayHandle(id)), cancellationToken));

    private ActionResult<EscalationResponse> Answer(Guid id, CommandResult<CaseState> result) =>
        FromCheckedCommand(result, s => EscalationResponse.From(s.Escalations.Find(e => e.Id == id)!));

    // Decided by the command on the case it loads for the change: one load, one snapshot. A missing
    // escalation is let through, for the command to answer 404.
    private CaseAccessCheck MayHandle(Guid id)
    {
        var caller = Caller;
        return (state, _) =>
        {
            if (state.Escalations.Find(e => e.Id == id) is not { } escalation)
            {
                return null;
            }

            var taskAgency = state.Tasks.Find(t => t.Id == escalation.TaskId)?.Agency ?? escalation.TargetAgency;
            if (!EscalationAccess.CanSee(caller, escalation, taskAgency))
            {
                return "Only a manager of the agency the escalation goes to, a lead or an admin may handle it.";
            }

            // The ladder decides: each level is handled by the role it addresses, or by one above it.
            var agency = reference.AgenciesByKey.GetValueOrDefault(taskAgency);
            return EscalationAccess.CanHandle(caller, escalation, agency, taskAgency) ? null : EscalationAccess.RefusalFor(caller, escalation, agency, taskAgency);
        };
    }
}
