using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>
/// Publishing and retiring from the library: each asks for confirmation on a page that says what
/// it will change (cases running, workflows using it) and takes a reason. The rules are
/// <see cref="DefinitionManagement"/>'s, shared with the API, the designer and the rule editor.
/// </summary>
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class VersionChangeController(IDocumentReader documents, DefinitionManagement management, DefinitionUsage usage, IRunningCases running) : PageController
{
    private const string ConfirmView = "/Features/Library/Confirm.cshtml";

    private readonly VersionConsequences _consequences = new(documents, usage, running);

    /// <summary>Asks to confirm publishing a draft, saying what it will change.</summary>
    [HttpGet("/library/{slug}/{key}/{version:int}/publish")]
    public Task<IActionResult> ConfirmPublish(string slug, string key, int version, CancellationToken cancellationToken) =>
        AskAsync(slug, key, version, "publish", null, cancellationToken);

    /// <summary>Asks to confirm retiring a published version, saying what it will change.</summary>
    [HttpGet("/library/{slug}/{key}/{version:int}/retire")]
    public Task<IActionResult> ConfirmRetire(string slug, string key, int version, CancellationToken cancellationToken) =>
        AskAsync(slug, key, version, "retire", null, cancellationToken);

    /// <summary>Publishes a draft as a new version, with the reason; refused with every problem.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/publish")]
    public Task<IActionResult> Publish(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "publish", reason, (kind, why) => management.PublishAsync(kind, key, version, Me.UserName, why, cancellationToken), cancellationToken);

    /// <summary>Retires a published version, with the reason; refused with the list of what still needs it.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/retire")]
    public Task<IActionResult> Retire(string slug, string key, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(slug, key, version, "retire", reason, (kind, why) => management.RetireAsync(kind, key, version, Me.UserName, why, cancellationToken), cancellationToken);

    private async Task<IActionResult> AskAsync(string slug, string key, int version, string action, string? reason, CancellationToken cancellationToken)
    {
        var document = await FindAsync(slug, key, version, cancellationToken);
        if (document is null)
        {
            return Missing();
        }

        return View(ConfirmView, new ConfirmView(document, slug, action, await _consequences.DescribeAsync(document, action, cancellationToken), reason));
    }

    private async Task<IActionResult> ChangeAsync(string slug, string key, int version, string action, string? reason,
        Func<DocumentKind, string, Task<CommandResult<StoredDocument>>> change, CancellationToken cancellationToken)
    {
        var document = await FindAsync(slug, key, version, cancellationToken);
        if (document is null)
        {
            return Missing();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("reason", $"Enter why you are {(action == "publish" ? "publishing" : "retiring")} this version");
            return await RefuseAsync(StatusCodes.Status400BadRequest, document, slug, action, reason, cancellationToken);
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

        ShowErrors(result.Errors, path => path == "$.reason" ? "reason" : null);
        return await RefuseAsync(result.Status == CommandStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
            document, slug, action, reason, cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(int status, StoredDocument document, string slug, string action, string? reason, CancellationToken cancellationToken)
    {
        Response.StatusCode = status;
        return View(ConfirmView, new ConfirmView(document, slug, action, await _consequences.DescribeAsync(document, action, cancellationToken), reason));
    }

    private async Task<StoredDocument?> FindAsync(string slug, string key, int version, CancellationToken cancellationToken)
    {
        DocumentKind? kind = slug switch { "workflows" => DocumentKind.Workflow, "rule-sets" => DocumentKind.RuleSet, _ => null };
        return kind is null ? null : await documents.GetAsync(kind.Value, key, version, cancellationToken);
    }
}
