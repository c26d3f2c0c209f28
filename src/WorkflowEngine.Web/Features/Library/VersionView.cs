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
public sealed record VersionView(StoredDocument Document, string Slug, string? Diagram, bool Checked, IReadOnlyList<ValidationError> Problems, string? Message);
