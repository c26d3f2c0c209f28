using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;

namespace WorkflowEngine.Web.Api.CaseRecords;

/// <summary>
/// A case's notes and documents. Anyone who can see the case (need-to-know, as the case itself) may
/// read and add them; each read is recorded in the case's disclosure log, each addition in its journal.
/// </summary>
[Route("api/cases/{id:guid}")]
public sealed class CaseRecordsController(CaseService cases, CaseNoteService notes, CaseAttachments documents) : EngineApiController
{
    /// <summary>The case's notes, newest first.</summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    [HttpGet("notes")]
    [ProducesResponseType<IReadOnlyList<NoteResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<NoteResponse>>> Notes(Guid id, [FromServices] ReadCaseHandler reads, CancellationToken cancellationToken)
    {
        var viewed = await reads.HandleAsync(new(id, Caller.UserName, "notes", MaySee()), cancellationToken);
        if (!viewed.Succeeded)
        {
            return FromCheckedCommand(viewed, _ => (IReadOnlyList<NoteResponse>)[]);
        }

        return Ok(CaseNoteJournal.From(await cases.ReadJournalAsync(id, cancellationToken)).Select(NoteResponse.From).ToList());
    }

    /// <summary>Records a case note: a note, phone call, meeting or visit, with the day it happened.</summary>
    /// <response code="201">The note.</response>
    /// <response code="400">The kind is unknown, the date is missing or in the future, or the text is missing or too long.</response>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    /// <response code="409">The case is closed or changed meanwhile.</response>
    [HttpPost("notes")]
    [ProducesResponseType<NoteResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<NoteResponse>> AddNote(Guid id, AddNoteRequest request, CancellationToken cancellationToken)
    {
        var caller = Caller;
        var result = await notes.AddAsync(new AddCaseNoteCommand(id, request.Kind ?? string.Empty, request.OccurredOn, request.Text ?? string.Empty,
            caller.UserName, caller.Agency, MaySee()), cancellationToken);
        if (!result.Succeeded)
        {
            return FromCheckedCommand(result, _ => (NoteResponse)null!).Result!;
        }

        // The note is the entry the command appended last.
        var note = CaseNoteJournal.From(await cases.ReadJournalAsync(id, cancellationToken)).First(n => n.Sequence == result.Value!.JournalSequence);
        return StatusCode(StatusCodes.Status201Created, NoteResponse.From(note));
    }

    /// <summary>The documents attached to the case, newest first.</summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    [HttpGet("documents")]
    [ProducesResponseType<IReadOnlyList<DocumentInfoResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<DocumentInfoResponse>>> Documents(Guid id, [FromServices] ReadCaseHandler reads, CancellationToken cancellationToken)
    {
        var viewed = await reads.HandleAsync(new(id, Caller.UserName, "documents", MaySee()), cancellationToken);
        if (!viewed.Succeeded)
        {
            return FromCheckedCommand(viewed, _ => (IReadOnlyList<DocumentInfoResponse>)[]);
        }

        return Ok(AttachmentJournal.From(await cases.ReadJournalAsync(id, cancellationToken)).Select(d => DocumentInfoResponse.From(d.Document)).ToList());
    }

    /// <summary>
    /// Attaches a document (multipart form field <c>file</c>): PDF, Word (.docx), JPEG, PNG or plain
    /// text, 10 MB at most, its type checked from its content, scanned for viruses before it is kept.
    /// </summary>
    /// <response code="201">What was attached.</response>
    /// <response code="400">No file, empty, too big, a type not allowed, content not matching its name, or a virus found.</response>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case.</response>
    /// <response code="409">The case is closed or changed meanwhile.</response>
    [HttpPost("documents")]
    [Consumes("multipart/form-data")]
    [RequestFormLimits(MultipartBodyLengthLimit = Hosting.RequestBodyLimits.CaseDocuments)]
    [ProducesResponseType<DocumentInfoResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<DocumentInfoResponse>> AddDocument(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        var caller = Caller;
        byte[]? content = null;
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var result = await documents.UploadAsync(new UploadAttachmentCommand(id, file?.FileName ?? string.Empty, content!, caller.UserName, caller.Agency, MaySee()), cancellationToken);
        return result.Succeeded
            ? StatusCode(StatusCodes.Status201Created, DocumentInfoResponse.From(result.Value!))
            : FromCheckedCommand(result, DocumentInfoResponse.From).Result!;
    }

    /// <summary>A document's content, for those who may see the case; the download is recorded in its disclosure log.</summary>
    /// <response code="403">The caller's agency has no part in the case.</response>
    /// <response code="404">There is no such case or document.</response>
    [HttpGet("documents/{documentId:guid}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Download(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var result = await documents.DownloadAsync(id, documentId, Caller.UserName, MaySee(), cancellationToken);
        return result.Succeeded
            ? File(result.Value!.Content, result.Value.Attachment.ContentType, result.Value.Attachment.FileName)
            : FromCheckedCommand(result, _ => 0).Result!;
    }

    private CaseAccessCheck MaySee()
    {
        var caller = Caller;
        return (state, _) => CaseAccess.CanSee(caller, state) ? null : "Your agency has no part in this case, so it is not shown (need to know).";
    }
}
