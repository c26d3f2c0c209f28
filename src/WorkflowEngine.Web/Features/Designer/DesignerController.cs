using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Api.Definitions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;
using WorkflowEngine.Web.Problems;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>
/// The visual workflow designer: the page the front end mounts into, and the JSON endpoints it
/// calls with the person's cookie (anti-forgery token in the <c>RequestVerificationToken</c>
/// header on every POST). Everyone signed in may look and simulate; leads and admins save,
/// publish and retire. The <c>/api</c> controllers stay bearer-only.
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed class DesignerController(
    IDocumentStore documents, DefinitionPublisher publisher, WorkflowSimulator simulator, ReferenceData reference, CalendarCatalogue calendars, DefinitionManagement management) : PageController
{
    /// <summary>Where the JSON endpoints live (the page tells the front end in <c>data-api-base</c>).</summary>
    public const string ApiBase = "/designer/workflows";

    private const string Writers = AppRoles.Lead + "," + AppRoles.Admin;

    private readonly DefinitionManagement _management = management;

    /// <summary>The designer page for a workflow.</summary>
    [HttpGet("/library/workflows/{key}/designer")]
    public async Task<IActionResult> Page(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.Workflow, key, cancellationToken);
        if (versions.Count == 0)
        {
            return Missing();
        }

        var shown = versions.FirstOrDefault(v => v.Status == DocumentStatus.Published) ?? versions[0];
        var definition = WorkflowDefinitionReader.Read(shown.Content).Definition;
        return View("Page", new DesignerPageView(key, definition?.Name ?? key, CanEdit, shown.Version,
            definition is null ? null : MermaidExporter.Export(definition)));
    }

    /// <summary>The workflow's versions, its published and draft content, and what a workflow may refer to.</summary>
    [HttpGet(ApiBase + "/{key}")]
    public async Task<IActionResult> Workflow(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.Workflow, key, cancellationToken);
        if (versions.Count == 0)
        {
            return DesignerProblems.NotFound($"There is no workflow '{key}'.");
        }

        var published = versions.Where(v => v.Status == DocumentStatus.Published).MaxBy(v => v.Version);
        var draft = versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft);
        var ruleSets = await documents.ListLatestPublishedAsync(DocumentKind.RuleSet, cancellationToken);
        return Ok(new DesignerWorkflowResponse(
            key,
            CanEdit,
            [.. versions.Select(DesignerProblems.Listed)],
            published is null ? null : new DesignerContent(published.Version, new RawJson(published.Content)),
            draft is null ? null : new DesignerContent(draft.Version, new RawJson(draft.Content)),
            [.. ruleSets.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RuleSetOption(r.Key, r.Key, r.Version))],
            [.. reference.Agencies.Select(a => new AgencyOption(a.Key, a.Name, [.. a.Roles.Select(RoleOption.From)]))],
            [.. calendars.Calendars.Keys.Order(StringComparer.Ordinal)],
            [.. calendars.Panels.Keys.Order(StringComparer.Ordinal)],
            [.. reference.ChoiceLists.Keys.Append(ReferenceData.AgenciesList).Distinct().Order(StringComparer.Ordinal)],
            DesignerTextLimits.Engine));
    }

    /// <summary>One version with its status and content.</summary>
    [HttpGet(ApiBase + "/{key}/versions/{version:int}")]
    public async Task<IActionResult> Version(string key, int version, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(DocumentKind.Workflow, key, version, cancellationToken);
        return document is null
            ? DesignerProblems.NotFound($"'{key}' has no version {version}.")
            : Ok(new DesignerVersionResponse(document.Version, document.Status.ToString(), new RawJson(document.Content)));
    }

    /// <summary>Checks a workflow with the server's validator: every problem at once, each with its JSON path.</summary>
    [HttpPost(ApiBase + "/validate")]
    public async Task<IActionResult> Validate([FromBody] JsonElement workflow, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return DesignerProblems.Unreadable(ModelState);
        }

        var errors = await publisher.ValidateAsync(DocumentKind.Workflow, workflow.GetRawText(), cancellationToken);
        return Ok(new ValidationReport(errors.Count == 0, errors));
    }

    /// <summary>Saves the workflow as its key's draft once it passes validation.</summary>
    [HttpPost(ApiBase + "/{key}/drafts")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> SaveDraft(string key, [FromBody] JsonElement workflow, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return DesignerProblems.Unreadable(ModelState);
        }

        var saved = await _management.SaveDraftAsync(DocumentKind.Workflow, key, "key", workflow, Me.UserName, cancellationToken);
        if (!saved.Succeeded)
        {
            return CommandProblems.ToResult(saved);
        }

        var stored = saved.Value!;
        return Created($"{ApiBase}/{stored.Key}/versions/{stored.Version}", DesignerProblems.Summary(stored));
    }

    /// <summary>Publishes a draft as a new version; running cases keep theirs.</summary>
    [HttpPost(ApiBase + "/{key}/versions/{version:int}/publish")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> Publish(string key, int version, CancellationToken cancellationToken) =>
        DesignerProblems.Answer(await _management.PublishAsync(DocumentKind.Workflow, key, version, Me.UserName, null, cancellationToken));

    /// <summary>Retires a published version: it starts no new cases.</summary>
    [HttpPost(ApiBase + "/{key}/versions/{version:int}/retire")]
    [Authorize(Roles = Writers)]
    public async Task<IActionResult> Retire(string key, int version, CancellationToken cancellationToken) =>
        DesignerProblems.Answer(await _management.RetireAsync(DocumentKind.Workflow, key, version, Me.UserName, null, cancellationToken));

    /// <summary>Runs the workflow on the canvas against sample facts and steps, touching nothing live.</summary>
    [HttpPost(ApiBase + "/simulate")]
    public async Task<IActionResult> Simulate([FromBody] SimulateRequest? request, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || request is null)
        {
            return DesignerProblems.Unreadable(ModelState);
        }

        var (simulation, errors) = request.ToSimulation();
        if (simulation is null)
        {
            return DesignerProblems.Invalid(errors);
        }

        var result = await simulator.RunAsync(simulation, cancellationToken);
        return result.IsValid ? Ok(SimulationResponse.From(result)) : DesignerProblems.Invalid(result.Errors);
    }

    private bool CanEdit => Me.SeesEverything;
}
