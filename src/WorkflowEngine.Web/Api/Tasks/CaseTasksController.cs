using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Api.Cases;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>
/// Working a task: claim, release, complete (its own agency); reassign and extend (that agency's
/// managers, leads, admins); escalate by hand (anyone who can see the case); accept or decline a
/// hand-over (the receiving agency); sign off (an agency an outcome needs).
/// </summary>
[Route("api/cases/{caseId:guid}/tasks/{taskId:guid}")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
public sealed class CaseTasksController(ReferenceData reference, PeopleDirectory people) : EngineApiController
{
    private enum Need
    {
        Work,
        Manage,
        See,
    }

    /// <summary>Takes a task of the caller's agency.</summary>
    /// <response code="409">The task is not open (already claimed or finished), or changed meanwhile.</response>
    [HttpPost("claim")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TaskResponse>> Claim(Guid caseId, Guid taskId, [FromServices] ClaimTaskHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, Caller.UserName, Check(Need.Work)), cancellationToken));

    /// <summary>Gives a claimed task back to the agency's queue.</summary>
    /// <response code="409">The task is not claimed.</response>
    [HttpPost("release")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TaskResponse>> Release(Guid caseId, Guid taskId, [FromServices] ReleaseTaskHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, Caller.UserName, Check(Need.Work)), cancellationToken));

    /// <summary>Completes a task with an outcome and its form data; the case moves on as the workflow says.</summary>
    /// <response code="400">The outcome or a form field is wrong; errors are keyed by JSON path, e.g. <c>$.data.decisionRationale</c>.</response>
    /// <response code="409">The task is finished, or its version is not <c>expectedVersion</c> (someone else changed it first).</response>
    [HttpPost("complete")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TaskResponse>> Complete(Guid caseId, Guid taskId, CompleteTaskRequest request, [FromServices] CompleteTaskHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(
            new CompleteTaskCommand(caseId, taskId, request.Outcome ?? string.Empty, request.Data ?? [], Caller.UserName, request.ExpectedVersion) { Access = Check(Need.Work), Acknowledged = request.AcknowledgedWarnings ?? [] },
            cancellationToken));

    /// <summary>Gives the task to another agency, team or person, with a reason. Managers of the owning agency, leads, admins.</summary>
    /// <response code="400">The agency or role (<c>$.role</c>) is unknown, the person (<c>$.person</c>) is not one of the agency's people, or the reason is missing.</response>
    [HttpPost("reassign")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TaskResponse>> Reassign(Guid caseId, Guid taskId, ReassignTaskRequest request, [FromServices] ReassignTaskHandler handler, CancellationToken cancellationToken)
    {
        // Core checks the agency and role; the person must be one of that agency's real people.
        if (request.Agency is { } agencyKey && reference.AgenciesByKey.TryGetValue(agencyKey, out var agency)
            && await ReassignPersonCheck.CheckAsync(people, request.Person, agencyKey, agency.Name, cancellationToken) is { } unknownPerson)
        {
            return Invalid([unknownPerson]);
        }

        return Answer(taskId, await handler.HandleAsync(
            new ReassignTaskCommand(caseId, taskId, request.Agency ?? string.Empty, Blank(request.Role), Blank(request.Person), request.Reason ?? string.Empty, Caller.UserName)
            { Access = Check(Need.Manage) },
            cancellationToken));
    }

    /// <summary>Accepts a task passed to the caller's agency; from then on that agency answers for it. Someone of that agency.</summary>
    /// <response code="403">The task was passed to another agency.</response>
    /// <response code="409">The task is not awaiting acceptance.</response>
    [HttpPost("accept")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TaskResponse>> Accept(Guid caseId, Guid taskId, [FromServices] AnswerHandoverHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, Accept: true, null, Caller.Agency, Caller.UserName, Check(Need.Work)), cancellationToken));

    /// <summary>
    /// Declines a task passed to the caller's agency, saying why: it goes back to the agency that sent
    /// it and is escalated one rung up its ladder. Someone of the receiving agency.
    /// </summary>
    /// <response code="400">The reason is missing.</response>
    /// <response code="403">The task was passed to another agency.</response>
    /// <response code="409">The task is not awaiting acceptance.</response>
    [HttpPost("decline")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TaskResponse>> Decline(Guid caseId, Guid taskId, ReasonRequest request, [FromServices] AnswerHandoverHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, Accept: false, request.Reason ?? string.Empty, Caller.Agency, Caller.UserName, Check(Need.Work)), cancellationToken));

    /// <summary>Signs the task off for the caller's agency, where an outcome of the task needs that agency's sign-off. Anyone of that agency who can see the case.</summary>
    /// <response code="403">No outcome of the task needs the caller's agency to sign off.</response>
    /// <response code="409">The agency has signed off already, or the task is finished.</response>
    [HttpPost("sign-off")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TaskResponse>> SignOff(Guid caseId, Guid taskId, [FromServices] SignOffTaskHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, Caller.Agency, Caller.UserName, Check(Need.See)), cancellationToken));

    /// <summary>Stops the clock: a later due time with a reason from the extension-reasons list. Managers of the owning agency, leads, admins.</summary>
    /// <response code="400">The reason is not on the list, a note is missing for <c>other</c>, or the new due time is not later.</response>
    [HttpPost("extend")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TaskResponse>> Extend(Guid caseId, Guid taskId, ExtendTaskRequest request, [FromServices] ExtendDueHandler handler, CancellationToken cancellationToken)
    {
        if (request.NewDueAt is not { } newDueAt)
        {
            return Invalid("extension.due-required", "$.newDueAt", "Give the new due time.");
        }

        return Answer(taskId, await handler.HandleAsync(
            new ExtendDueCommand(caseId, taskId, newDueAt, request.Reason ?? string.Empty, Blank(request.Note), Caller.UserName) { Access = Check(Need.Manage) },
            cancellationToken));
    }

    /// <summary>Escalates the task one level up by hand, saying why. Anyone who can see the case.</summary>
    /// <response code="400">The reason is missing.</response>
    /// <response code="409">The task is finished or already at the top of the ladder.</response>
    [HttpPost("escalate")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TaskResponse>> Escalate(Guid caseId, Guid taskId, EscalateTaskRequest request, [FromServices] EscalateByHandHandler handler, CancellationToken cancellationToken) =>
        Answer(taskId, await handler.HandleAsync(new(caseId, taskId, request.Reason ?? string.Empty, Caller.UserName, Check(Need.See)), cancellationToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private ActionResult<TaskResponse> Answer(Guid taskId, CommandResult<CaseState> result) =>
        FromCheckedCommand(result, s => TaskResponse.From(s.Tasks.Find(t => t.Id == taskId)!));

    // Decided by the command on the case it loads for the change: one load, one snapshot.
    private CaseAccessCheck Check(Need need)
    {
        var caller = Caller;
        return (state, task) => Refusal(caller, state, task!, need);
    }

    private static string? Refusal(Viewer caller, CaseState state, CaseTask task, Need need) =>
        need switch
        {
            Need.Work when !TaskAccess.CanWork(caller, task) => "Only the owning agency works this task.",
            Need.Manage when !TaskAccess.CanManage(caller, task.Agency) => "Only a manager of the owning agency, a lead or an admin may do this.",
            Need.See when !CaseAccess.CanSee(caller, state) => "Your agency has no part in this case.",
            _ => null,
        };
}
