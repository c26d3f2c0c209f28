using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Api.Definitions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>
/// The leads' library of workflows and rule sets: versions and status; validate; a version's JSON,
/// diagram, history, what uses it and its file. Publishing and retiring are <see cref="VersionChangeController"/>'s.
/// </summary>
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class LibraryController(
    IDocumentStore documents, DefinitionPublisher publisher, IVersionHistory history, DefinitionUsage usage, IRunningCases running, PublishingPolicy policy)
    : PageController
{
    private readonly VersionPageBuilder _pages = new(documents, history, usage, running);

    /// <summary>Every workflow and rule set with its versions.</summary>
    [HttpGet("/library")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new LibraryView(await VersionsAsync(DocumentKind.Workflow, cancellationToken), await VersionsAsync(DocumentKind.RuleSet, cancellationToken)));

    /// <summary>One version's JSON (and diagram, for a workflow).</summary>
    [HttpGet("/library/{slug}/{key}/{version:int}")]
    public async Task<IActionResult> Version(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, async document => await ShowAsync(document, slug, false, [], null, cancellationToken), cancellationToken);

    /// <summary>Checks the version against what is published now.</summary>
    [HttpPost("/library/{slug}/{key}/{version:int}/validate")]
    public async Task<IActionResult> Validate(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, async document =>
            await ShowAsync(document, slug, true, await publisher.ValidateAsync(document.Kind, document.Content, cancellationToken), null, cancellationToken), cancellationToken);

    /// <summary>One version as the file it would be in the repository, to keep a partnership's git copy in step.</summary>
    [HttpGet("/library/{slug}/{key}/{version:int}/file")]
    public async Task<IActionResult> File(string slug, string key, int version, CancellationToken cancellationToken) =>
        await WithDocumentAsync(slug, key, version, document => Task.FromResult<IActionResult>(DocumentFile.Of(document)), cancellationToken);

    private async Task<IActionResult> WithDocumentAsync(string slug, string key, int version, Func<StoredDocument, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        DocumentKind? kind = slug switch { "workflows" => DocumentKind.Workflow, "rule-sets" => DocumentKind.RuleSet, _ => null };
        var document = kind is null ? null : await documents.GetAsync(kind.Value, key, version, cancellationToken);
        return document is null ? Missing() : await show(document);
    }

    private async Task<ViewResult> ShowAsync(StoredDocument document, string slug, bool checkedNow, IReadOnlyList<ValidationError> problems, string? message,
        CancellationToken cancellationToken) =>
        View("Version", await _pages.BuildAsync(document, slug, checkedNow, problems, message, cancellationToken) with
        {
            RequiresApproval = policy.RequiresApproval,
            OwnWork = document.AwaitingApproval ? PublishingPolicy.ApproveRefusals(document, Me.UserName).FirstOrDefault(PublishingPolicy.IsOwnWork)?.Message : null,
        });

    private async Task<IReadOnlyList<IReadOnlyList<StoredDocument>>> VersionsAsync(DocumentKind kind, CancellationToken cancellationToken)
    {
        // Every key, not only those with a published version: a key whose versions were all retired must stay reachable to publish again.
        var all = new List<IReadOnlyList<StoredDocument>>();
        foreach (var key in await history.ListKeysAsync(kind, cancellationToken))
        {
            all.Add(await documents.ListVersionsAsync(kind, key, cancellationToken));
        }

        return all;
    }
}
