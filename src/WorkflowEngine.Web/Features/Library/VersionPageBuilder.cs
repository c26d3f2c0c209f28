using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>Gathers what a version's library page shows: its history, what uses it, the cases on it, and how an imported file differs.</summary>
internal sealed class VersionPageBuilder(IDocumentReader documents, IVersionHistory history, DefinitionUsage usage, IRunningCases running)
{
    public async Task<VersionView> BuildAsync(StoredDocument document, string slug, bool checkedNow, IReadOnlyList<ValidationError> problems, string? message,
        CancellationToken cancellationToken)
    {
        string? diagram = null;
        if (document.Kind == DocumentKind.Workflow && WorkflowDefinitionReader.Read(document.Content).Definition is { } definition)
        {
            diagram = MermaidExporter.Export(definition);
        }

        return new VersionView(document, slug, diagram, checkedNow, problems, message)
        {
            History = await history.ListAsync(document.Kind, document.Key, cancellationToken),
            UsedBy = document.Kind == DocumentKind.RuleSet ? await usage.UsesOfRuleSetAsync(document.Key, cancellationToken) : [],
            RunningCases = document.Kind == DocumentKind.Workflow ? await RunningCasesAsync(document.Key, cancellationToken) : [],
            FileDiffers = await FileDifferenceAsync(document, slug, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<(RunningCaseCount, string)>> RunningCasesAsync(string workflow, CancellationToken cancellationToken)
    {
        var named = new List<(RunningCaseCount, string)>();
        var stageNames = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        foreach (var count in await running.CountAsync(workflow, cancellationToken))
        {
            if (!stageNames.TryGetValue(count.Version, out var names))
            {
                var stored = await documents.GetAsync(DocumentKind.Workflow, workflow, count.Version, cancellationToken);
                names = (stored is null ? null : WorkflowDefinitionReader.Read(stored.Content).Definition)?.Stages
                    .ToDictionary(s => s.Key, s => s.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>();
                stageNames[count.Version] = names;
            }

            named.Add((count, names.GetValueOrDefault(count.Stage, count.Stage)));
        }

        return named;
    }

    // A draft stored from a file at start-up (a lead's version was in use) is shown against the published version in use.
    private async Task<FileDifference?> FileDifferenceAsync(StoredDocument document, string slug, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(document.Kind, document.Key, cancellationToken);
        var draft = versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft && v.CreatedBy == CatalogueSynchroniser.FilesActor);
        var published = versions.FirstOrDefault(v => v.Status == DocumentStatus.Published);
        if (draft is null || published is null || (document.Version != draft.Version && document.Version != published.Version))
        {
            return null;
        }

        var folder = slug == "workflows" ? "workflows" : "rules";
        return new FileDifference($"{folder}/{document.Key}.json", draft.Version, published.Version, LineDiff.Compare(published.Content, draft.Content));
    }
}
