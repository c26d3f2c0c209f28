using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.Children;

/// <summary>
/// Child records: find them, and merge two records of the same child. For safeguarding leads only:
/// a record joins up everything known about a child across agencies.
/// </summary>
[Route("api/children")]
[Authorize(Roles = AppRoles.Lead)]
public sealed class ChildrenController(IChildRegistry children) : EngineApiController
{
    private const int MostFound = 50;

    /// <summary>Child records whose name contains the text, or whose local reference is it.</summary>
    /// <param name="q">Part of a name, or a reference.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ChildResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<ChildResponse>>> Search(string? q, CancellationToken cancellationToken)
    {
        var found = await children.SearchAsync(q ?? string.Empty, MostFound, cancellationToken);
        return Ok(found.Select(ChildResponse.From).ToList());
    }

    /// <summary>One child record.</summary>
    /// <response code="404">There is no such record.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ChildResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ChildResponse>> Get(Guid id, CancellationToken cancellationToken) =>
        await children.GetAsync(id, cancellationToken) is { } record ? Ok(ChildResponse.From(record)) : NotFoundProblem("There is no such child record.");

    /// <summary>
    /// Merges two records of the same child: the merged record's cases move to the survivor, the
    /// merged record is kept marked "merged into" it, and every case of either journals the merge.
    /// </summary>
    /// <response code="400">No reason was given.</response>
    /// <response code="404">A record does not exist.</response>
    /// <response code="409">The two are one record, or one was already merged.</response>
    [HttpPost("merge")]
    [ProducesResponseType<ChildMergeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ChildMergeResponse>> Merge(MergeChildrenRequest request, [FromServices] MergeChildrenHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new MergeChildrenCommand(request.SurvivorId, request.MergedId, request.Reason?.Trim() ?? string.Empty, Caller.UserName), cancellationToken);
        return FromCommand(result, ChildMergeResponse.From);
    }
}
