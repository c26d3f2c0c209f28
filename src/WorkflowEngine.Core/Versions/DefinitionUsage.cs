using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// What uses what: which workflow versions are in use (new cases start on them, or cases still run
/// on them), which of them read a rule set or start a workflow as a linked track, and so what a
/// retire would break. Rule sets are not pinned: a decision always reads the highest published
/// version, so a rule set with no published version stops every workflow that reads it.
/// </summary>
/// <param name="documents">Reads the versions.</param>
/// <param name="running">Counts the open cases on each version.</param>
/// <param name="frontDoor">Names the workflow concerns are raised on.</param>
public sealed class DefinitionUsage(IDocumentReader documents, IRunningCases running, FrontDoor frontDoor)
{
    /// <summary>Every workflow version in use, by key and then newest first.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<WorkflowVersionInUse>> WorkflowsInUseAsync(CancellationToken cancellationToken = default)
    {
        var latest = await documents.ListLatestPublishedAsync(DocumentKind.Workflow, cancellationToken);
        var counts = (await running.CountAsync(null, cancellationToken))
            .GroupBy(c => (c.Workflow, c.Version))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var inUse = latest.Select(d => new WorkflowVersionInUse(d, true, counts.GetValueOrDefault((d.Key, d.Version)))).ToList();
        foreach (var ((key, version), count) in counts)
        {
            if (inUse.Exists(w => w.Document.Key == key && w.Document.Version == version))
            {
                continue;
            }

            if (await documents.GetAsync(DocumentKind.Workflow, key, version, cancellationToken) is { } document)
            {
                inUse.Add(new WorkflowVersionInUse(document, false, count));
            }
        }

        return [.. inUse.OrderBy(w => w.Document.Key, StringComparer.Ordinal).ThenByDescending(w => w.Document.Version)];
    }

    /// <summary>Every workflow version in use that reads the rule set, with where it reads it.</summary>
    /// <param name="ruleSet">The rule set's key.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<RuleSetUse>> UsesOfRuleSetAsync(string ruleSet, CancellationToken cancellationToken = default) =>
        [.. (await WorkflowsInUseAsync(cancellationToken))
            .Select(w => new RuleSetUse(w, RuleSetUsageFinder.Find(ruleSet, [w.Document])))
            .Where(u => u.Usages.Count > 0)];

    /// <summary>Every workflow version in use that starts the workflow as a linked track.</summary>
    /// <param name="workflow">The linked workflow's key.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<WorkflowVersionInUse>> StartersOfAsync(string workflow, CancellationToken cancellationToken = default) =>
        [.. (await WorkflowsInUseAsync(cancellationToken))
            .Where(w => w.Document.Key != workflow
                && WorkflowDefinitionReader.Read(w.Document.Content).Definition is { } definition
                && definition.LinkedWorkflows.Contains(workflow, StringComparer.Ordinal))];

    /// <summary>
    /// Why retiring a version would break something, one problem per thing that needs it; empty
    /// when it may be retired. Only retiring the last published version of a key can break
    /// anything: while another stays published, new cases and decisions use that one.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key.</param>
    /// <param name="version">The published version to retire.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<ValidationError>> RetireRefusalsAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default)
    {
        var versions = await documents.ListVersionsAsync(kind, key, cancellationToken);
        if (versions.Any(v => v.Status == DocumentStatus.Published && v.Version != version))
        {
            return [];
        }

        var refusals = new List<ValidationError>();
        if (kind == DocumentKind.RuleSet)
        {
            foreach (var use in await UsesOfRuleSetAsync(key, cancellationToken))
            {
                refusals.AddRange(use.Usages.Select(u => new ValidationError("retire.rule-set-in-use", "$.version",
                    $"Workflow '{u.WorkflowName}' version {u.Version} ({use.Workflow.InUseWords}) uses it {Purpose(u)}.")));
            }

            return refusals;
        }

        if (key == frontDoor.Workflow)
        {
            refusals.Add(new("retire.front-door", "$.version",
                $"Every concern raised on the 'Raise a concern' page opens a case on '{key}'; with no published version nobody could raise a concern."));
        }

        refusals.AddRange((await StartersOfAsync(key, cancellationToken)).Select(w => new ValidationError("retire.linked-workflow-in-use", "$.version",
            $"Workflow '{w.Document.Key}' version {w.Document.Version} ({w.InUseWords}) starts it as a linked track.")));
        return refusals;
    }

    /// <summary>What a workflow uses a rule set for, in words: "to decide where cases go from stage 'Screening'".</summary>
    /// <param name="usage">One place the workflow reads the rule set.</param>
    public static string Purpose(RuleSetUsage usage) => (usage ?? throw new ArgumentNullException(nameof(usage))).Kind switch
    {
        "owner" => $"to choose who owns task '{usage.TaskTitle}' at stage '{usage.StageName}'",
        "guard" => $"to guard the move '{usage.Transition}' from stage '{usage.StageName}'",
        _ => $"to decide where cases go from stage '{usage.StageName}'",
    };
}
