using System.Globalization;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>What publishing, retiring or a step of approval will change, in sentences a lead reads before confirming.</summary>
internal sealed class VersionConsequences(IDocumentReader documents, DefinitionUsage usage, IRunningCases running, IVersionHistory history)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// One sentence per consequence of <paramref name="action"/>: <c>publish</c> or <c>retire</c>;
    /// <c>submit</c> and <c>approve</c> say what publishing will change, after who wrote and submitted it.
    /// </summary>
    public async Task<IReadOnlyList<string>> DescribeAsync(StoredDocument document, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var approval = await ApprovalAsync(document, action, cancellationToken);
        if (action == "send-back")
        {
            return [.. approval, $"Nothing is published: version {document.Version} returns to draft, for {document.CreatedBy} to change and submit again."];
        }

        var publishing = await PublishOrRetireAsync(document, action is "retire" ? "retire" : "publish", cancellationToken);
        return [.. approval, .. publishing];
    }

    // Who wrote and submitted a draft, and why: what the approver reads first.
    private async Task<IReadOnlyList<string>> ApprovalAsync(StoredDocument document, string action, CancellationToken cancellationToken)
    {
        if (action == "submit")
        {
            return [$"Nothing changes until another lead approves it: neither you nor {document.CreatedBy}, who wrote it, may approve it. Once approved:"];
        }

        if (action is not ("approve" or "send-back") || !document.AwaitingApproval)
        {
            return [];
        }

        var submitted = (await history.ListAsync(document.Kind, document.Key, cancellationToken))
            .FirstOrDefault(e => e.Version == document.Version && e.Action == VersionAction.Submitted);
        var when = document.SubmittedAt?.ToString("d MMMM yyyy HH:mm 'UTC'", British);
        return
        [
            $"Written by {document.CreatedBy}; submitted for approval by {document.SubmittedBy} on {when}, because: {submitted?.Reason ?? "no reason recorded"}",
        ];
    }

    private async Task<IReadOnlyList<string>> PublishOrRetireAsync(StoredDocument document, string action, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(document.Kind, document.Key, cancellationToken);
        var othersPublished = versions.Where(v => v.Status == DocumentStatus.Published && v.Version != document.Version).ToList();
        var said = new List<string>();
        if (document.Kind == DocumentKind.Workflow)
        {
            var counts = (await running.CountAsync(document.Key, cancellationToken)).GroupBy(c => c.Version).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            if (action == "publish")
            {
                said.Add($"New cases will start on version {document.Version}.");
                said.AddRange(counts.OrderByDescending(c => c.Key).Select(c => $"{Cases(c.Value)} running on version {c.Key} stay on it to the end."));
            }
            else
            {
                said.Add($"{Cases(counts.GetValueOrDefault(document.Version))} running on version {document.Version} carry on on it to the end.");
                said.Add(othersPublished.Count > 0
                    ? $"New cases will start on version {othersPublished.Max(v => v.Version)}."
                    : $"No new case can start on '{document.Key}' until another version is published.");
            }

            said.AddRange((await usage.StartersOfAsync(document.Key, cancellationToken))
                .Select(w => $"Workflow '{w.Document.Key}' version {w.Document.Version} ({w.InUseWords}) starts it as a linked track."));
            return said;
        }

        if (action == "publish")
        {
            said.Add($"Every decision from now on uses version {document.Version}, in new cases and in cases already running.");
        }
        else
        {
            said.Add(othersPublished.Count > 0
                ? $"Decisions will use version {othersPublished.Max(v => v.Version)} from now on."
                : $"'{document.Key}' will have no published version, so nothing that reads it can decide.");
        }

        foreach (var use in await usage.UsesOfRuleSetAsync(document.Key, cancellationToken))
        {
            said.AddRange(use.Usages.Select(u =>
                $"Workflow '{u.WorkflowName}' version {u.Version} ({use.Workflow.InUseWords}) uses it {DefinitionUsage.Purpose(u)}."));
        }

        return said;
    }

    private static string Cases(int count) => count == 1 ? "1 case" : string.Create(CultureInfo.InvariantCulture, $"{count} cases");
}
