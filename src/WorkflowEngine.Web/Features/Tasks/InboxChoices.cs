using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// The tasks and stages an agency's inbox can be filtered by, read from the published workflows:
/// tasks its agency owns (or that a rule gives to an agency), and the stages that hold them. A stage
/// filter becomes the keys of its tasks, so the inbox walks its task index.
/// </summary>
/// <param name="Tasks">Task keys and titles.</param>
/// <param name="Stages">Stage keys and names.</param>
/// <param name="TasksOfStage">The task keys of each stage.</param>
/// <param name="StageNames">Every stage's name by key, for the inbox's stage column.</param>
public sealed record InboxChoices(
    IReadOnlyList<(string Key, string Title)> Tasks,
    IReadOnlyList<(string Key, string Name)> Stages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TasksOfStage,
    IReadOnlyDictionary<string, string> StageNames)
{
    /// <summary>Reads the choices for an agency from the latest published workflows.</summary>
    public static async Task<InboxChoices> ForAsync(string agency, IDocumentReader documents, WorkflowCatalogue catalogue, CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new Dictionary<string, string>(StringComparer.Ordinal);
        var stageNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var tasksOfStage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var document in await documents.ListLatestPublishedAsync(DocumentKind.Workflow, cancellationToken))
        {
            var workflow = await catalogue.GetDefinitionAsync(document.Key, document.Version, cancellationToken);
            foreach (var stage in workflow?.Stages ?? [])
            {
                stageNames.TryAdd(stage.Key, stage.Name);
                foreach (var task in stage.Tasks.Where(t => MayOwn(t.Owner, agency)))
                {
                    tasks.TryAdd(task.Key, task.Title);
                    stages.TryAdd(stage.Key, stage.Name);
                    var keys = tasksOfStage.TryGetValue(stage.Key, out var list) ? list : tasksOfStage[stage.Key] = [];
                    if (!keys.Contains(task.Key))
                    {
                        keys.Add(task.Key);
                    }
                }
            }
        }

        return new InboxChoices(
            [.. tasks.Select(t => (t.Key, t.Value)).OrderBy(t => t.Value, StringComparer.CurrentCulture)],
            [.. stages.Select(s => (s.Key, s.Value)).OrderBy(s => s.Value, StringComparer.CurrentCulture)],
            tasksOfStage.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            stageNames);
    }

    private static bool MayOwn(OwnerSpec owner, string agency) => owner.Agency is null || owner.Agency == agency;
}
