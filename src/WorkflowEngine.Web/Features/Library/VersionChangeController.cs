using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>
/// Publishing, retiring and four-eyes approval (submit, approve, send back) from the library: each
/// asks for confirmation on a page that says what it will change (cases running, workflows using
/// it) and takes a reason or note. The rules are <see cref="DefinitionManagement"/>'s and
/// <see cref="DefinitionApproval"/>'s (<see cref="PublishingPolicy"/>), shared with the API, the
/// designer and the rule editor.
/// </summary>
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class VersionChangeController(
    IDocumentReader documents, DefinitionManagement management, DefinitionApproval approval, DefinitionUsage usage, IRunningCases running, IVersionHistory history)
    : PageController
{
    private const string ConfirmView = "/Features/Library/Confirm.cshtml";
    private const string Route = "/library/{slug}/{key}/{version:int}/";

    private readonly VersionConsequences _consequences = new(documents, usage, running, history);

    /// <summary>
    /// Asks to confirm a change (publish, retire, submit, approve, send back), saying what it will
    /// change and asking for the reason or note; approving shows who submitted the draft and why.
    /// </summary>
    [HttpGet(Route + "{change:regex(^(publish|retire|submit|approve|send-back)$)}")]
    public Task<IActionResult> Confirm(string slug, string key, int version, string change, CancellationToken cancellationToken) =>
        AskAsync(slug, key, version, change, cancellationToken);

    /// <summary>Publishes a draft as a new version, with the reason; refused with every problem (among them: approval is required).</summary>
    [HttpPost(Route + "publish")]
    public Task<IActionResult> Publish(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "publish", reason, (kind, why) => management.PublishAsync(kind, key, version, Me.UserName, why, cancellationToken), cancellationToken);

    /// <summary>Retires a published version, with the reason; refused with the list of what still needs it.</summary>
    [HttpPost(Route + "retire")]
    public Task<IActionResult> Retire(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "retire", reason, (kind, why) => management.RetireAsync(kind, key, version, Me.UserName, why, cancellationToken), cancellationToken);

    /// <summary>Submits a draft for approval with the reason for the change.</summary>
    [HttpPost(Route + "submit")]
    public Task<IActionResult> Submit(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "submit", reason, (kind, why) => approval.SubmitAsync(kind, key, version, Me.UserName, why, cancellationToken), cancellationToken);

    /// <summary>Approves a submitted draft, which publishes it; refused to its author and its submitter.</summary>
    [HttpPost(Route + "approve")]
    public Task<IActionResult> Approve(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "approve", reason, (kind, note) => approval.ApproveAsync(kind, key, version, Me.UserName, note, cancellationToken), cancellationToken);

    /// <summary>Sends a submitted draft back to draft with a note; refused to its author and its submitter.</summary>
    [HttpPost(Route + "send-back")]
    public Task<IActionResult> SendBack(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "send-back", reason, (kind, note) => approval.SendBackAsync(kind, key, version, Me.UserName, note, cancellationToken), cancellationToken);

    private async Task<IActionResult> AskAsync(string slug, string key, int version, string action, CancellationToken cancellationToken)
    {
        var document = await FindAsync(slug, key, version, cancellationToken);
        return document is null ? Missing() : await ConfirmAsync(document, slug, action, null, cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(string slug, string key, int version, string action, string? reason,
        Func<DocumentKind, string?, Task<CommandResult<StoredDocument>>> change, CancellationToken cancellationToken)
    {
        var document = await FindAsync(slug, key, version, cancellationToken);
        if (document is null)
        {
            return Missing();
        }

        if (string.IsNullOrWhiteSpace(reason) && Library.ConfirmView.MissingReason(action) is { } missing)
        {
            ModelState.AddModelError("reason", missing);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ConfirmAsync(document, slug, action, reason, cancellationToken);
        }

        var result = await change(document.Kind, reason);
        if (result.Status == CommandStatus.Succeeded)
        {
            return Redirect($"/library/{slug}/{key}/{result.Value!.Version}");
        }

        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        ShowErrors(result.Errors, path => path is "$.reason" or "$.note" ? "reason" : null);
        Response.StatusCode = result.Status switch
        {
            CommandStatus.Invalid => StatusCodes.Status400BadRequest,
            CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return await ConfirmAsync(document, slug, action, reason, cancellationToken);
    }

    private async Task<ViewResult> ConfirmAsync(StoredDocument document, string slug, string action, string? reason, CancellationToken cancellationToken) =>
        View(ConfirmView, new ConfirmView(document, slug, action, await _consequences.DescribeAsync(document, action, cancellationToken), reason));

    private async Task<StoredDocument?> FindAsync(string slug, string key, int version, CancellationToken cancellationToken)
    {
        DocumentKind? kind = slug switch { "workflows" => DocumentKind.Workflow, "rule-sets" => DocumentKind.RuleSet, _ => null };
        return kind is null ? null : await documents.GetAsync(kind.Value, key, version, cancellationToken);
    }
}
