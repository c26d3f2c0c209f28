using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>The leads' library of workflows and rule sets: versions and status; validate, publish, retire; a version's JSON and diagram.</summary>
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class LibraryController(IDocumentStore documents, DefinitionPublisher publisher, DefinitionManagement management) : PageController
{
    // Publishing and retiring follow the same rules as the API and the designer; only the answers differ.
    private readonly DefinitionManagement _management = management;

    /// <summary>Every workflow and rule set with its versions.</summary>
    [HttpGet("/library")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new LibraryView(await VersionsAsync(DocumentKind.Workflow, cancellationToken), await VersionsAsync(DocumentKind.RuleSet, cancellationToken)));

    /// <summary>One version's JSON (and diagram, for a workflow).</summary>
    [HttpGet("/library/{slug}/{key}/{version:int}")]
    public async Task<IActionResult> Version(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, document => Task.FromResult<IActionResult>(Show(document, slug, false, [], null)), cancellationToken);

    /// <summary>Checks the version against what is published now.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/validate")]
    public async Task<IActionResult> Validate(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, async document =>
            Show(document, slug, true, await publisher.ValidateAsync(document.Kind, document.Content, cancellationToken), null), cancellationToken);

    /// <summary>Publishes a draft as a new version; refused with every problem when it is not valid.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/publish")]
    public async Task<IActionResult> Publish(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, async document =>
        {
            var result = await _management.PublishAsync(document.Kind, key, version, Me.UserName, cancellationToken);
            return result.Status switch
            {
                CommandStatus.Succeeded => Redirect($"/library/{slug}/{key}/{result.Value!.Version}"),
                CommandStatus.NotFound => Missing(),
                CommandStatus.Invalid => Refused(StatusCodes.Status400BadRequest, document, slug, true, result.Errors, "It was not published."),
                _ => Refused(StatusCodes.Status409Conflict, document, slug, false, [], "Only a draft can be published."),
            };
        }, cancellationToken);

    /// <summary>Retires a published version: it starts no new cases; running cases carry on.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/retire")]
    public async Task<IActionResult> Retire(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, async document =>
        {
            var result = await _management.RetireAsync(document.Kind, key, version, cancellationToken);
            return result.Status switch
            {
                CommandStatus.Succeeded => Redirect($"/library/{slug}/{key}/{version}"),
                CommandStatus.NotFound => Missing(),
                _ => Refused(StatusCodes.Status409Conflict, document, slug, false, [], "Only a published version can be retired."),
            };
        }, cancellationToken);

    private async Task<IActionResult> WithDocumentAsync(string slug, string key, int version, Func<StoredDocument, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        DocumentKind? kind = slug switch { "workflows" => DocumentKind.Workflow, "rule-sets" => DocumentKind.RuleSet, _ => null };
        var document = kind is null ? null : await documents.GetAsync(kind.Value, key, version, cancellationToken);
        return document is null ? Missing() : await show(document);
    }

    private ViewResult Refused(int status, StoredDocument document, string slug, bool checkedNow, IReadOnlyList<ValidationError> problems, string message)
    {
        Response.StatusCode = status;
        return Show(document, slug, checkedNow, problems, message);
    }

    private ViewResult Show(StoredDocument document, string slug, bool checkedNow, IReadOnlyList<ValidationError> problems, string? message)
    {
        string? diagram = null;
        if (document.Kind == DocumentKind.Workflow && WorkflowDefinitionReader.Read(document.Content).Definition is { } definition)
        {
            diagram = MermaidExporter.Export(definition);
        }

        return View("Version", new VersionView(document, slug, diagram, checkedNow, problems, message));
    }

    private async Task<IReadOnlyList<IReadOnlyList<StoredDocument>>> VersionsAsync(DocumentKind kind, CancellationToken cancellationToken)
    {
        var latest = await documents.ListLatestPublishedAsync(kind, cancellationToken);
        var all = new List<IReadOnlyList<StoredDocument>>();
        foreach (var key in latest.Select(d => d.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            all.Add(await documents.ListVersionsAsync(kind, key, cancellationToken));
        }

        return all;
    }
}
