using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>
/// The page that asks a lead to confirm a change to a version (publish, retire, submit for approval,
/// approve, send back), saying what it will change, and takes the reason or note.
/// </summary>
/// <param name="Document">The version to change.</param>
/// <param name="Slug">The kind in the address: <c>workflows</c> or <c>rule-sets</c>.</param>
/// <param name="Action"><c>publish</c>, <c>retire</c>, <c>submit</c>, <c>approve</c> or <c>send-back</c>.</param>
/// <param name="Consequences">What it will change, one sentence each.</param>
/// <param name="Reason">The reason or note as typed.</param>
public sealed record ConfirmView(StoredDocument Document, string Slug, string Action, IReadOnlyList<string> Consequences, string? Reason)
{
    /// <summary>The question heading the page.</summary>
    public string Question => Action switch
    {
        "publish" => $"Publish version {Document.Version}?",
        "retire" => $"Retire version {Document.Version}?",
        "submit" => $"Submit version {Document.Version} for approval?",
        "approve" => $"Approve and publish version {Document.Version}?",
        _ => $"Send version {Document.Version} back?",
    };

    /// <summary>The button's words.</summary>
    public string Button => Action switch
    {
        "publish" => $"Publish version {Document.Version}",
        "retire" => $"Retire version {Document.Version}",
        "submit" => $"Submit version {Document.Version} for approval",
        "approve" => $"Approve and publish version {Document.Version}",
        _ => $"Send version {Document.Version} back",
    };

    /// <summary>The label of the reason or note.</summary>
    public string Label => Action switch
    {
        "publish" => "Why are you publishing it?",
        "retire" => "Why are you retiring it?",
        "submit" => "Why are you making this change?",
        "approve" => "Note (optional)",
        _ => "What needs to change?",
    };

    /// <summary>Whether the button warns (retiring, sending back).</summary>
    public bool Warns => Action is "retire" or "send-back";

    /// <summary>The message when a reason is required and none was given (publish and retire; submit and send back are checked by the rule in Core).</summary>
    public static string? MissingReason(string action) => action switch
    {
        "publish" => "Enter why you are publishing this version",
        "retire" => "Enter why you are retiring this version",
        _ => null,
    };
}
