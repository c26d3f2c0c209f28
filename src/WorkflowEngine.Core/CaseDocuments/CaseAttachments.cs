using System.Security.Cryptography;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>
/// Attaches documents to cases and hands them out to those with a need to know. An upload is
/// checked (name, size, type by content), scanned, kept in the <see cref="ICaseDocumentStore"/> and
/// then recorded in the case's journal; if the case refuses it, the kept content is removed again.
/// A download is a disclosure and is recorded like any read of the case.
/// </summary>
public sealed class CaseAttachments(CaseService cases, ICaseDocumentStore store, IVirusScanner scanner, TimeProvider time)
{
    private const int MaxFileNameLength = 200;

    /// <summary>Attaches a document; returns what was attached, or every reason it was refused.</summary>
    public async Task<CommandResult<CaseAttachment>> UploadAsync(UploadAttachmentCommand request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fileName = Path.GetFileName((request.FileName ?? string.Empty).Replace('\\', '/')).Trim();
        var errors = Check(fileName, request.Content);
        if (errors.Count > 0)
        {
            return CommandResult<CaseAttachment>.Failure(CommandStatus.Invalid, errors);
        }

        // Need-to-know before anything is kept: a refused caller's file never reaches the store.
        var state = await cases.GetAsync(request.CaseId, cancellationToken);
        if (state is null)
        {
            return CommandResult<CaseAttachment>.Failure(CommandStatus.NotFound, "case.not-found", "$.caseId", "There is no such case.");
        }

        if (request.Access?.Invoke(state, null) is { } refusal)
        {
            return CommandResult<CaseAttachment>.Failure(CommandStatus.Forbidden, "access.refused", "$", refusal);
        }

        if (await scanner.FindThreatAsync(request.Content, fileName, cancellationToken) is { } threat)
        {
            return CommandResult<CaseAttachment>.Failure(CommandStatus.Invalid, "document.infected", "$.file",
                $"The virus scanner found {threat} in {fileName}, so it was not attached. Tell your IT service desk.");
        }

        var attachment = new CaseAttachment(Guid.CreateVersion7(time.GetUtcNow()), request.CaseId, fileName, AttachmentTypes.Recognise(fileName, request.Content)!,
            request.Content.LongLength, Convert.ToHexStringLower(SHA256.HashData(request.Content)), time.GetUtcNow(), request.Actor);
        await store.PutAsync(new StoredAttachment(attachment, request.Content), cancellationToken);
        var recorded = await cases.AppendAsync(attachment.CaseId, attachment.UploadedBy, AttachmentJournal.Kind, _ => [],
            AttachmentJournal.Data(attachment, request.ActorAgency), request.Access, cancellationToken);
        if (recorded.Succeeded)
        {
            return CommandResult<CaseAttachment>.Success(attachment);
        }

        await store.DeleteAsync(attachment.CaseId, attachment.Id, CancellationToken.None);
        return CommandResult<CaseAttachment>.Failure(recorded.Status, recorded.Errors);
    }

    /// <summary>
    /// A document of the case with its content, for someone <paramref name="access"/> lets through;
    /// the download is recorded in the case's disclosure log.
    /// </summary>
    public async Task<CommandResult<StoredAttachment>> DownloadAsync(Guid caseId, Guid documentId, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default)
    {
        var stored = await store.ReadAsync(caseId, documentId, cancellationToken);
        if (stored is null)
        {
            // Someone who may not see the case is refused as for any of its records, not told which documents exist.
            var state = await cases.GetAsync(caseId, cancellationToken);
            return state is not null && access?.Invoke(state, null) is { } refusal
                ? CommandResult<StoredAttachment>.Failure(CommandStatus.Forbidden, "access.refused", "$", refusal)
                : CommandResult<StoredAttachment>.Failure(CommandStatus.NotFound, "document.not-found", "$.documentId", "This case has no such document.");
        }

        var viewed = await cases.ReadCaseAsync(caseId, actor, $"Downloaded the document {stored.Attachment.FileName}", access, cancellationToken);
        return viewed.Succeeded
            ? CommandResult<StoredAttachment>.Success(stored)
            : CommandResult<StoredAttachment>.Failure(viewed.Status, viewed.Errors);
    }

    /// <summary>Every problem with the file itself, before anything is kept.</summary>
    public static IReadOnlyList<ValidationError> Check(string fileName, byte[]? content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.Length == 0 || content is null)
        {
            return [new("document.file-required", "$.file", "Choose a file to attach.")];
        }

        if (TextLimits.Check(fileName, MaxFileNameLength, "The file's name", "$.file") is { } name)
        {
            return [name];
        }

        if (content.Length == 0)
        {
            return [new("document.empty", "$.file", $"{fileName} is empty. Choose the file again.")];
        }

        if (content.Length > AttachmentTypes.MaxBytes)
        {
            return [new("document.too-big", "$.file", $"{fileName} is too big: a document must be 10 MB or smaller.")];
        }

        if (!AttachmentTypes.IsAllowedName(fileName))
        {
            return [new("document.wrong-type", "$.file", $"{fileName} is not a file the case can hold: it must be a {AttachmentTypes.AllowedInWords}.")];
        }

        return AttachmentTypes.Recognise(fileName, content) is null
            ? [new("document.content-mismatch", "$.file", $"{fileName} is not what its name says: its content is not a {Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant()} file. Save it again in that format, or attach it under its real type.")]
            : [];
    }
}
