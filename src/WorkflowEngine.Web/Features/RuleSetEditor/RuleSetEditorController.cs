using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Api.Definitions;
using WorkflowEngine.Web.Features.Designer;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.RuleSetEditor;

/// <summary>
/// The rule-set editor: the page the front end mounts into, and the JSON endpoints it calls with
/// the person's cookie (anti-forgery token in the <c>RequestVerificationToken</c> header on every
/// POST). Everyone signed in may read and validate; leads and admins save, publish and retire,
/// through the same <see cref="DefinitionManagement"/> as the workflow designer and the library.
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed class RuleSetEditorController(IDocumentStore documents, DefinitionPublisher publisher, DefinitionManagement management) : PageController
{
    /// <summary>Where the JSON endpoints live (the page tells the front end in <c>data-api-base</c>).</summary>
    public const string ApiBase = "/designer/rulesets";

    private const string Writers = AppRoles.Lead + "," + AppRoles.Admin;

    private readonly DefinitionManagement _management = management;

    /// <summary>The editor page for a rule set.</summary>
    [HttpGet("/library/rulesets/{key}/editor")]
    public async Task<IActionResult> Page(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken);
        if (versions.Count == 0)
        {
            return Missing();
        }

        var shown = versions.FirstOrDefault(v => v.Status == DocumentStatus.Published) ?? versions[0];
        return View("Page", new RuleSetEditorPageView(key, CanEdit, shown.Version, shown.Content));
    }

    /// <summary>The rule set's versions, its published and draft content, and where published workflows use it.</summary>
    [HttpGet(ApiBase + "/{key}")]
    public async Task<IActionResult> RuleSet(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken);
        if (versions.Count == 0)
        {
            return DesignerProblems.NotFound($"There is no rule set '{key}'.");
        }

        var published = versions.Where(v => v.Status == DocumentStatus.Published).MaxBy(v => v.Version);
        var draft = versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft);
        var workflows = await documents.ListLatestPublishedAsync(DocumentKind.Workflow, cancellationToken);
        return Ok(new RuleSetEditorResponse(
            key,
            CanEdit,
            [.. versions.Select(DesignerProblems.Listed)],
            published is null ? null : new DesignerContent(published.Version, new RawJson(published.Content)),
            draft is null ? null : new DesignerContent(draft.Version, new RawJson(draft.Content)),
            RuleSetUsageFinder.Find(key, workflows),
            $"/library/rulesets/{key}/bench",
            $"/library/rulesets/{key}/shadow"));
    }

    /// <summary>One version with its status and content.</summary>
    [HttpGet(ApiBase + "/{key}/versions/{version:int}")]
    public async Task<IActionResult> Version(string key, int version, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(DocumentKind.RuleSet, key, version, cancellationToken);
        return document is null
            ? DesignerProblems.NotFound($"'{key}' has no version {version}.")
            : Ok(new DesignerVersionResponse(document.Version, document.Status.ToString(), new RawJson(document.Content)));
    }

    /// <summary>Checks a rule set with the server's one validator (shape, sandbox, compile): every problem at once, each with its JSON path.</summary>
    [HttpPost(ApiBase + "/validate")]
    public async Task<IActionResult> Validate([FromBody] JsonElement ruleSet, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return DesignerProblems.Unreadable(ModelState);
        }

        var errors = await publisher.ValidateAsync(DocumentKind.RuleSet, ruleSet.GetRawText(), cancellationToken);
        return Ok(new ValidationReport(errors.Count == 0, errors));
    }

    /// <summary>Saves the rule set as its key's draft once it passes validation.</summary>
    [HttpPost(ApiBase + "/{key}/drafts")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> SaveDraft(string key, [FromBody] JsonElement ruleSet, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return DesignerProblems.Unreadable(ModelState);
        }

        var saved = await _management.SaveDraftAsync(DocumentKind.RuleSet, key, "WorkflowName", ruleSet, Me.UserName, cancellationToken);
        if (!saved.Succeeded)
        {
            return DesignerProblems.Answer(saved);
        }

        var stored = saved.Value!;
        return Created($"{ApiBase}/{stored.Key}/versions/{stored.Version}", DesignerProblems.Summary(stored));
    }

    /// <summary>Publishes a draft as a new version: decisions made from now on use it.</summary>
    [HttpPost(ApiBase + "/{key}/versions/{version:int}/publish")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> Publish(string key, int version, CancellationToken cancellationToken) =>
        DesignerProblems.Answer(await _management.PublishAsync(DocumentKind.RuleSet, key, version, Me.UserName, null, cancellationToken));

    /// <summary>Retires a published version.</summary>
    [HttpPost(ApiBase + "/{key}/versions/{version:int}/retire")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> Retire(string key, int version, CancellationToken cancellationToken) =>
        DesignerProblems.Answer(await _management.RetireAsync(DocumentKind.RuleSet, key, version, Me.UserName, null, cancellationToken));

    private bool CanEdit => Me.SeesEverything;
}
