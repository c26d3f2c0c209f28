using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>The page that asks a lead to confirm a publish or retire, saying what it will change, and takes a reason.</summary>
/// <param name="Document">The version to publish or retire.</param>
/// <param name="Slug">The kind in the address: <c>workflows</c> or <c>rule-sets</c>.</param>
/// <param name="Action"><c>publish</c> or <c>retire</c>.</param>
/// <param name="Consequences">What it will change, one sentence each.</param>
/// <param name="Reason">The reason as typed.</param>
public sealed record ConfirmView(StoredDocument Document, string Slug, string Action, IReadOnlyList<string> Consequences, string? Reason)
{
    /// <summary>The verb for headings and the button: Publish or Retire.</summary>
    public string Verb => Action == "publish" ? "Publish" : "Retire";
}
