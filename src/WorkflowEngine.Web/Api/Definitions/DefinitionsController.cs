using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>
/// Management of versioned documents (workflow definitions, rule sets): list, versions, get with an
/// ETag, upload a draft, validate, publish, retire. Anyone signed in may read; leads and admins write.
/// </summary>
public abstract class DefinitionsController(IDocumentStore documents, DefinitionPublisher publisher, DefinitionManagement management) : EngineApiController
{
    /// <summary>The roles that may change definitions.</summary>
    protected const string Writers = AppRoles.Lead + "," + AppRoles.Admin;

    /// <summary>The kind of document this controller manages.</summary>
    protected abstract DocumentKind Kind { get; }

    /// <summary>Where the document's key sits in its JSON.</summary>
    protected abstract string KeyProperty { get; }

    private readonly DefinitionManagement _management = management;

    /// <summary>Drafts, publishing and retiring, by the same rules as the pages and the designer.</summary>
    protected DefinitionManagement Management => _management;

    /// <summary>The documents store.</summary>
    protected IDocumentStore Documents => documents;

    /// <summary>The highest published version of every key.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<DocumentSummaryResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<DocumentSummaryResponse>>> List(CancellationToken cancellationToken) =>
        Ok((await documents.ListLatestPublishedAsync(Kind, cancellationToken)).Select(DocumentSummaryResponse.From).ToList());

    /// <summary>Every version of a key, newest first: drafts, published and retired.</summary>
    /// <response code="404">There is no document with this key.</response>
    [HttpGet("{key}/versions")]
    [ProducesResponseType<IReadOnlyList<DocumentSummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<DocumentSummaryResponse>>> Versions(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(Kind, key, cancellationToken);
        return versions.Count == 0 ? NotFoundProblem($"There is no '{key}'.") : Ok(versions.Select(DocumentSummaryResponse.From).ToList());
    }

    /// <summary>One version with its content. The ETag is the content hash; send it as If-None-Match to get 304 when unchanged.</summary>
    /// <response code="304">The version's content hash matches If-None-Match.</response>
    /// <response code="404">There is no such version.</response>
    [HttpGet("{key}/versions/{version:int}")]
    [ProducesResponseType<DocumentResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<DocumentResponse>> Get(string key, int version, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(Kind, key, version, cancellationToken);
        if (document is null)
        {
            return NotFoundProblem($"'{key}' has no version {version}.");
        }

        var etag = new EntityTagHeaderValue($"\"{document.ContentHash}\"");
        Response.GetTypedHeaders().ETag = etag;
        var ifNoneMatch = Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return Ok(DocumentResponse.From(document));
    }

    /// <summary>Stores a document as its key's draft (replacing an earlier draft) once it passes validation. Leads and admins.</summary>
    /// <response code="201">The draft, with its address in Location.</response>
    /// <response code="400">The document has problems; errors are keyed by their JSON path in the document.</response>
    /// <response code="403">Only leads and admins change definitions.</response>
    [HttpPost("{key}/drafts")]
    [Authorize(Roles = Writers)]
    [Consumes("application/json")]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> SaveDraft(string key, [FromBody] JsonElement document, CancellationToken cancellationToken)
    {
        var saved = await _management.SaveDraftAsync(Kind, key, KeyProperty, document, Caller.UserName, cancellationToken);
        if (!saved.Succeeded)
        {
            return Failed(saved);
        }

        var stored = saved.Value!;
        return CreatedAtAction(nameof(Get), new { key = stored.Key, version = stored.Version }, DocumentSummaryResponse.From(stored));
    }

    /// <summary>Checks a document without storing it: every problem at once, each with its JSON path.</summary>
    /// <response code="400">An expression is over the limits (too long, too deeply nested, too many operators): refused outright, naming the rule.</response>
    [HttpPost("validate")]
    [Consumes("application/json")]
    [ProducesResponseType<ValidationReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<ValidationReport>> Validate([FromBody] JsonElement document, CancellationToken cancellationToken)
    {
        var errors = await publisher.ValidateAsync(Kind, document.GetRawText(), cancellationToken);
        return errors.Any(ExpressionLimits.IsOverLimit) ? Invalid(errors) : Ok(new ValidationReport(errors.Count == 0, errors));
    }

    /// <summary>
    /// Publishes a draft as a new version; running cases keep the version they started on. Leads and
    /// admins. The body (optional) gives the reason, kept with who and when in the version's history.
    /// Refused when four-eyes publishing is on (<c>Publishing:RequireApproval</c>): then submit the
    /// draft and another lead approves it.
    /// </summary>
    /// <response code="400">The draft no longer passes validation (something it refers to changed).</response>
    /// <response code="403">Only leads and admins change definitions.</response>
    /// <response code="404">There is no such version.</response>
    /// <response code="409">The version is not a draft, or publishing needs a second lead's approval (<c>publish.approval-required</c>).</response>
    [HttpPost("{key}/versions/{version:int}/publish")]
    [Authorize(Roles = Writers)]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> Publish(string key, int version,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] VersionChangeRequest? request, CancellationToken cancellationToken) =>
        FromCommand(await _management.PublishAsync(Kind, key, version, Caller.UserName, request?.Reason, cancellationToken), DocumentSummaryResponse.From);

    /// <summary>
    /// Submits a draft for a second lead's approval (four-eyes publishing), with the reason for the
    /// change, kept with who and when in the version's history. Leads and admins.
    /// </summary>
    /// <response code="400">No reason was given, or it is too long.</response>
    /// <response code="403">Only leads and admins change definitions.</response>
    /// <response code="404">There is no such version.</response>
    /// <response code="409">The version is not a draft, is already submitted, or changed meanwhile.</response>
    [HttpPost("{key}/versions/{version:int}/submit")]
    [Authorize(Roles = Writers)]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> Submit(string key, int version,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] VersionChangeRequest? request, [FromServices] DefinitionApproval approval, CancellationToken cancellationToken) =>
        FromCommand(await approval.SubmitAsync(Kind, key, version, Caller.UserName, request?.Reason, cancellationToken), DocumentSummaryResponse.From);

    /// <summary>
    /// Approves a submitted draft, which publishes it once it passes the same checks as any publish.
    /// Another lead or admin than the draft's author and its submitter. The note (optional) is kept
    /// in the version's history.
    /// </summary>
    /// <response code="400">The draft no longer passes validation, or the note is too long.</response>
    /// <response code="403">Only leads and admins change definitions; nobody approves a draft they wrote or submitted.</response>
    /// <response code="404">There is no such version.</response>
    /// <response code="409">The version is not a submitted draft, or changed meanwhile.</response>
    [HttpPost("{key}/versions/{version:int}/approve")]
    [Authorize(Roles = Writers)]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> Approve(string key, int version,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApprovalDecisionRequest? request, [FromServices] DefinitionApproval approval, CancellationToken cancellationToken) =>
        FromCommand(await approval.ApproveAsync(Kind, key, version, Caller.UserName, request?.Note, cancellationToken), DocumentSummaryResponse.From);

    /// <summary>
    /// Sends a submitted draft back to draft with a note saying what needs to change, kept in the
    /// version's history. Another lead or admin than the draft's author and its submitter.
    /// </summary>
    /// <response code="400">No note was given, or it is too long.</response>
    /// <response code="403">Only leads and admins change definitions; nobody sends back a draft they wrote or submitted.</response>
    /// <response code="404">There is no such version.</response>
    /// <response code="409">The version is not a submitted draft, or changed meanwhile.</response>
    [HttpPost("{key}/versions/{version:int}/send-back")]
    [Authorize(Roles = Writers)]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> SendBack(string key, int version,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApprovalDecisionRequest? request, [FromServices] DefinitionApproval approval, CancellationToken cancellationToken) =>
        FromCommand(await approval.SendBackAsync(Kind, key, version, Caller.UserName, request?.Note, cancellationToken), DocumentSummaryResponse.From);

    /// <summary>
    /// Retires a published version: it starts no new cases; running cases carry on. Leads and admins.
    /// Refused while it is the last published version of something a version in use needs. The body
    /// (optional) gives the reason, kept with who and when in the version's history.
    /// </summary>
    /// <response code="400">The reason is too long.</response>
    /// <response code="403">Only leads and admins change definitions.</response>
    /// <response code="404">There is no such version.</response>
    /// <response code="409">The version is not published, or something in use needs it: <c>problems</c> lists each workflow, stage and track that does.</response>
    [HttpPost("{key}/versions/{version:int}/retire")]
    [Authorize(Roles = Writers)]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> Retire(string key, int version,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] VersionChangeRequest? request, CancellationToken cancellationToken) =>
        FromCommand(await _management.RetireAsync(Kind, key, version, Caller.UserName, request?.Reason, cancellationToken), DocumentSummaryResponse.From);

    /// <summary>
    /// One version as the file it would be in the repository (<c>workflows/{key}.json</c> or
    /// <c>rules/{key}.json</c>), to keep a partnership's git copy in step.
    /// </summary>
    /// <response code="404">There is no such version.</response>
    [HttpGet("{key}/versions/{version:int}/file")]
    [Produces("application/json")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> AsFile(string key, int version, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(Kind, key, version, cancellationToken);
        return document is null ? NotFoundProblem($"'{key}' has no version {version}.") : DocumentFile.Of(document);
    }
}
