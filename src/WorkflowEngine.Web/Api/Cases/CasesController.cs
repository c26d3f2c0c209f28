using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>
/// Cases: open one from a contact, read it (need-to-know, recorded in the disclosure log), search,
/// read its journal and linked tracks, move it by hand, close it.
/// </summary>
[Route("api/cases")]
public sealed class CasesController(ICaseQueries queries, ICaseStore store) : EngineApiController
{
    private const string DefaultWorkflow = "cce-referral";

    /// <summary>Opens a case from a contact and runs it to its first tasks. Anyone signed in may raise a concern.</summary>
    /// <response code="201">The case, with its address in Location.</response>
    /// <response code="400">A field is missing or wrong; errors are keyed by its JSON path, e.g. <c>$.child.name</c>.</response>
    [HttpPost]
    [ProducesResponseType<CaseSummaryResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<CaseSummaryResponse>> Open(OpenCaseRequest request, [FromServices] OpenCaseHandler handler, CancellationToken cancellationToken)
    {
        var caller = Caller;
        var command = new OpenCaseCommand(
            string.IsNullOrWhiteSpace(request.Workflow) ? DefaultWorkflow : request.Workflow,
            new ChildDetails(request.Child?.Name ?? string.Empty, request.Child?.DateOfBirth, request.Child?.Reference),
            new ContactDetails(request.Contact?.Referrer ?? caller.DisplayName, request.Contact?.ReferrerAgency ?? caller.Agency,
                request.Contact?.Concern ?? string.Empty, request.Contact?.Urgent ?? false, request.Contact?.ReceivedAt),
            request.Facts ?? [],
            caller.UserName);
        var result = await handler.HandleAsync(command, cancellationToken);
        return result.Succeeded
            ? CreatedAtAction(nameof(Get), new { id = result.Value!.Id }, CaseSummaryResponse.From(result.Value))
            : Failed(result);
    }

    /// <summary>
    /// A case with its tasks and escalations. Only for those with a need to know (their agency has or
    /// had a task on it; leads and admins see all). Every read is recorded in the case's journal.
    /// </summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CaseResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<CaseResponse>> Get(Guid id, [FromQuery] string? purpose, [FromServices] ReadCaseHandler handler, CancellationToken cancellationToken)
    {
        var viewed = await handler.HandleAsync(new(id, Caller.UserName, purpose, MaySee()), cancellationToken);
        return FromCheckedCommand(viewed, CaseResponse.From);
    }

    /// <summary>
    /// Searches cases, newest first. Practitioners and managers see only cases their agency has or
    /// had a task on; leads and admins search them all.
    /// </summary>
    /// <param name="childName">Part of the child's name.</param>
    /// <param name="status"><c>open</c> or <c>closed</c>.</param>
    /// <param name="workflow">A workflow key.</param>
    /// <param name="stage">A stage key.</param>
    /// <param name="skip">Rows to skip.</param>
    /// <param name="take">Rows to return, 1 to 500.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<CaseSummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<CaseSummaryResponse>>> Search(
        string? childName, CaseStatus? status, string? workflow, string? stage, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        if (skip < 0 || take is < 1 or > 500)
        {
            return Invalid("paging.out-of-range", skip < 0 ? "skip" : "take", "Skip must be 0 or more and take between 1 and 500.");
        }

        var caller = Caller;
        var found = await queries.SearchAsync(
            new CaseSearch(childName, status, workflow, stage, caller.SeesEverything ? null : caller.Agency, Skip: skip, Take: take), cancellationToken);
        return Ok(found.Select(CaseSummaryResponse.From).ToList());
    }

    /// <summary>The case's journal, oldest first: everything that happened, who did it and when. Recorded as a view.</summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    [HttpGet("{id:guid}/journal")]
    [ProducesResponseType<IReadOnlyList<JournalEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<JournalEntryResponse>>> Journal(Guid id, [FromServices] ReadCaseHandler handler, CancellationToken cancellationToken)
    {
        var viewed = await handler.HandleAsync(new(id, Caller.UserName, "journal", MaySee()), cancellationToken);
        if (!viewed.Succeeded)
        {
            return FromCheckedCommand(viewed, _ => (IReadOnlyList<JournalEntryResponse>)[]);
        }

        var entries = await store.ReadJournalAsync(id, cancellationToken);
        return Ok(entries.Select(JournalEntryResponse.From).ToList());
    }

    /// <summary>Every track (case) about the same child that the caller may see, this one included.</summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    [HttpGet("{id:guid}/tracks")]
    [ProducesResponseType<IReadOnlyList<CaseSummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<CaseSummaryResponse>>> Tracks(Guid id, [FromServices] ReadCaseHandler handler, CancellationToken cancellationToken)
    {
        // The list names the child and each track's stage: a disclosure, recorded like any read.
        var viewed = await handler.HandleAsync(new(id, Caller.UserName, "tracks", MaySee()), cancellationToken);
        if (!viewed.Succeeded)
        {
            return FromCheckedCommand(viewed, _ => (IReadOnlyList<CaseSummaryResponse>)[]);
        }

        var caller = Caller;
        var tracks = await queries.SearchAsync(
            new CaseSearch(InvolvingAgency: caller.SeesEverything ? null : caller.Agency, ChildId: viewed.Value!.ChildId, Take: 500), cancellationToken);
        return Ok(tracks.Select(CaseSummaryResponse.From).ToList());
    }

    /// <summary>Starts one of the workflow's linked tracks (e.g. <c>missing-episode</c>) for the same child. Anyone who can see the case.</summary>
    /// <response code="201">The new track.</response>
    /// <response code="400">The workflow is not a linked track of this case's workflow, or the reason is missing.</response>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    /// <response code="409">The case is closed or changed meanwhile.</response>
    [HttpPost("{id:guid}/tracks")]
    [ProducesResponseType<CaseSummaryResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CaseSummaryResponse>> StartTrack(Guid id, StartTrackRequest request, [FromServices] StartTrackHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new StartTrackCommand(id, request.Workflow ?? string.Empty, request.Reason ?? string.Empty, Caller.UserName, request.OccurredAt, MaySee()), cancellationToken);
        return result.Succeeded
            ? CreatedAtAction(nameof(Get), new { id = result.Value!.Id }, CaseSummaryResponse.From(result.Value))
            : FromCheckedCommand(result, CaseSummaryResponse.From).Result!;
    }

    /// <summary>Moves the case by hand along a manual transition of its stage. Managers of an involved agency, leads and admins.</summary>
    /// <response code="400">The reason is missing.</response>
    /// <response code="403">The caller is not a manager or lead, or their agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    /// <response code="409">The stage has no such manual transition, its guard is not met, or the case changed meanwhile.</response>
    [HttpPost("{id:guid}/move")]
    [ProducesResponseType<CaseResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CaseResponse>> Move(Guid id, MoveCaseRequest request, [FromServices] MoveByHandHandler handler, CancellationToken cancellationToken)
    {
        if (RefuseUnlessManager() is { } refused)
        {
            return refused;
        }

        var result = await handler.HandleAsync(new(id, request.Transition ?? string.Empty, request.Reason ?? string.Empty, Caller.UserName, MaySee()), cancellationToken);
        return FromCheckedCommand(result, CaseResponse.From);
    }

    /// <summary>Closes the case by hand with a reason, cancelling its open tasks. Managers of an involved agency, leads and admins.</summary>
    /// <response code="400">The reason is missing.</response>
    /// <response code="403">The caller is not a manager or lead, or their agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    /// <response code="409">The case is already closed or changed meanwhile.</response>
    [HttpPost("{id:guid}/close")]
    [ProducesResponseType<CaseResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CaseResponse>> Close(Guid id, ReasonRequest request, [FromServices] CloseCaseHandler handler, CancellationToken cancellationToken)
    {
        if (RefuseUnlessManager() is { } refused)
        {
            return refused;
        }

        var result = await handler.HandleAsync(new(id, request.Reason ?? string.Empty, Caller.UserName, MaySee()), cancellationToken);
        return FromCheckedCommand(result, CaseResponse.From);
    }

    // Need-to-know, decided by the command or read on the case it loads: one load, one snapshot.
    private CaseAccessCheck MaySee()
    {
        var caller = Caller;
        return (state, _) => CaseAccess.CanSee(caller, state) ? null : "Your agency has no part in this case, so it is not shown (need to know).";
    }

    private ObjectResult? RefuseUnlessManager() =>
        TaskAccess.IsManagerOrAbove(Caller) ? null : Forbidden("Only managers, leads and admins may move or close a case by hand.");
}
