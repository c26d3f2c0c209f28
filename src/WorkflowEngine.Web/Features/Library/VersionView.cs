using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>One version of a workflow or rule set: its JSON, its diagram, and the result of the last check.</summary>
/// <param name="Document">The stored version.</param>
/// <param name="Slug">The kind in the address: <c>workflows</c> or <c>rule-sets</c>.</param>
/// <param name="Diagram">The workflow's Mermaid diagram, for workflows.</param>
/// <param name="Checked">Whether it was just validated.</param>
/// <param name="Problems">What the check found (or why publishing was refused).</param>
/// <param name="Message">What just happened, e.g. "Published as version 3".</param>
public sealed record VersionView(StoredDocument Document, string Slug, string? Diagram, bool Checked, IReadOnlyList<ValidationError> Problems, string? Message)
{
    /// <summary>Who published and retired the key's versions, when and why, newest first.</summary>
    public IReadOnlyList<VersionEvent> History { get; init; } = [];

    /// <summary>For a rule set: the workflow versions in use that read it, and where.</summary>
    public IReadOnlyList<RuleSetUse> UsedBy { get; init; } = [];

    /// <summary>For a workflow: open cases by version and stage, with each stage's name.</summary>
    public IReadOnlyList<(RunningCaseCount Count, string StageName)> RunningCases { get; init; } = [];

    /// <summary>Whether publishing needs a second lead's approval (four-eyes publishing): the page offers "Submit for approval" instead of "Publish".</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>For a draft waiting for approval that the signed-in lead wrote or submitted: why someone else must approve it; null otherwise.</summary>
    public string? OwnWork { get; init; }

    /// <summary>When a changed file was imported as a draft because a lead's version is in use: the file, the version in use, and the lines that differ.</summary>
    public FileDifference? FileDiffers { get; init; }
}
