using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>
/// Case notes and documents from the case page: anyone who sees the case may add them, and only
/// they may read or download them (need-to-know as the case). Each is recorded in the case's journal.
/// </summary>
[Route("/cases/{caseId:guid}")]
public sealed class CaseRecordsController(CaseService cases, ReadCaseHandler reads, CaseNoteService notes, CaseAttachments documents) : PageController
{
    /// <summary>The form to add a case note.</summary>
    [HttpGet("notes/new")]
    public Task<IActionResult> NewNote(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to add a case note", page => View(In("AddNote"), page with { Choices = NoteKinds }), cancellationToken);

    /// <summary>Adds a case note; every problem is shown at once, in the order of the form.</summary>
    [HttpPost("notes")]
    public async Task<IActionResult> AddNote(Guid caseId, string? kind, string? text, CancellationToken cancellationToken)
    {
        var me = Me;
        var (day, month, year) = (Form("occurred-day"), Form("occurred-month"), Form("occurred-year"));
        var typed = new[] { day, month, year }.Any(p => p.Length > 0);
        DateOnly? on = DateParts.TryRead(day, month, year, out var date) ? date : null;
        // One load: the command checks need-to-know and every field (today's date on the case's own calendar) on the snapshot it changes.
        var result = await notes.AddAsync(new AddCaseNoteCommand(caseId, kind ?? string.Empty, on, text?.Trim() ?? string.Empty, me.UserName, me.Agency, MaySee(me)), cancellationToken);
        result = result.Status == CommandStatus.Invalid && typed
            ? CommandResult<CaseState>.Failure(CommandStatus.Invalid,
                [.. result.Errors.Select(e => e.Code == "note.date-required" ? e with { Message = "The date it happened must be a real date, like 27 3 2026." } : e)])
            : result;
        return await AnswerAsync(caseId, result, In("AddNote"), path => path switch { "$.kind" => "kind", "$.occurredOn" => "occurred-day", _ => "text" },
            $"You added a {CaseNoteKinds.LabelOf(kind ?? string.Empty).ToLowerInvariant()} to the case.", page => page with { Choices = NoteKinds }, cancellationToken);
    }

    /// <summary>The form to attach a document.</summary>
    [HttpGet("documents/new")]
    public Task<IActionResult> NewDocument(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to attach a document", page => View(In("AddDocument"), page), cancellationToken);

    /// <summary>Attaches a document: checked for size and type (by its content), scanned, kept, journalled.</summary>
    [HttpPost("documents")]
    [RequestFormLimits(MultipartBodyLengthLimit = Hosting.RequestBodyLimits.CaseDocuments)]
    public async Task<IActionResult> AddDocument(Guid caseId, IFormFile? file, CancellationToken cancellationToken)
    {
        var me = Me;
        var content = file is null ? null : await ReadAsync(file, cancellationToken);
        var result = await documents.UploadAsync(new UploadAttachmentCommand(caseId, file?.FileName ?? string.Empty, content!, me.UserName, me.Agency, MaySee(me)), cancellationToken);
        var outcome = result.Succeeded ? CommandResult<bool>.Success(true) : CommandResult<bool>.Failure(result.Status, result.Errors);
        return await AnswerAsync(caseId, outcome, In("AddDocument"), _ => "file", $"You attached {result.Value?.FileName} to the case.", page => page, cancellationToken);
    }

    /// <summary>Downloads a document, for those who may see the case; the download is recorded in its disclosure log.</summary>
    [HttpGet("documents/{documentId:guid}")]
    public async Task<IActionResult> Download(Guid caseId, Guid documentId, CancellationToken cancellationToken)
    {
        var result = await documents.DownloadAsync(caseId, documentId, Me.UserName, MaySee(Me), cancellationToken);
        return result.Status switch
        {
            CommandStatus.Succeeded => File(result.Value!.Content, result.Value.Attachment.ContentType, result.Value.Attachment.FileName),
            CommandStatus.Forbidden => Refuse(),
            _ => Missing(),
        };
    }

    private static readonly IReadOnlyList<Core.Definitions.ChoiceOption> NoteKinds = [.. CaseNoteKinds.All.Select(k => new Core.Definitions.ChoiceOption(k.Key, k.Label))];

    private static CaseAccessCheck MaySee(Viewer me) =>
        (state, _) => CaseAccess.CanSee(me, state) ? null : "Your agency has no part in this case, so it is not shown (need to know).";

    private static string In(string view) => $"/Features/Cases/{view}.cshtml";

    private string Form(string name) => Request.Form[name].ToString().Trim();

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task<IActionResult> FormAsync(Guid caseId, string purpose, Func<CaseActionPage, IActionResult> show, CancellationToken cancellationToken)
    {
        var me = Me;
        var (state, instead) = await ReadCaseAsync(reads, caseId, purpose, s => CaseAccess.CanSee(me, s), cancellationToken);
        if (state is null)
        {
            return instead!;
        }

        return state.Status == CaseStatus.Closed ? Redirect($"/cases/{caseId}") : show(PageOf(state));
    }

    // Success goes back to the case with a banner; a refusal shows the form again, read after the command, with what was typed.
    private async Task<IActionResult> AnswerAsync<T>(Guid caseId, CommandResult<T> result, string view, Func<string, string> fieldFor, string done,
        Func<CaseActionPage, CaseActionPage> fill, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case CommandStatus.Succeeded:
                TempData[Banner.Key] = done;
                return Redirect($"/cases/{caseId}");
            case CommandStatus.Forbidden:
                return Refuse();
            case CommandStatus.NotFound:
                return Missing();
        }

        var state = await cases.GetAsync(caseId, cancellationToken);
        if (state is null)
        {
            return Missing();
        }

        if (!CaseAccess.CanSee(Me, state))
        {
            return Refuse();
        }

        var page = fill(PageOf(state) with { Posted = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal) });
        if (result.Status == CommandStatus.Invalid)
        {
            ShowErrors(result.Errors, fieldFor);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(view, page);
        }

        Response.StatusCode = result.Status == CommandStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(view, page with { Problem = string.Join(" ", result.Errors.Select(e => e.Message)) + " What you typed is still below." });
    }

    private static CaseActionPage PageOf(CaseState state) => new() { CaseId = state.Id, Reference = CaseReference.Of(state.Id), ChildName = state.Child.Name };
}
