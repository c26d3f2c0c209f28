namespace WorkflowEngine.Web.Features.Cases;

/// <summary>What the viewer may do on the case from its page; each shown only when allowed.</summary>
/// <param name="CanStartTrack">Start a linked track (anyone who sees an open case whose workflow has tracks).</param>
/// <param name="Moves">The current stage's manual transitions (key, label), for managers, leads and admins.</param>
/// <param name="CanClose">Close the case by hand (managers, leads and admins).</param>
/// <param name="CanEscalate">Escalate one of its open tasks by hand (anyone who sees it, while a task is open).</param>
/// <param name="CanRecord">Add a case note or a document (anyone who sees an open case).</param>
public sealed record CaseActions(bool CanStartTrack, IReadOnlyList<(string Key, string Label)> Moves, bool CanClose, bool CanEscalate, bool CanRecord)
{
    /// <summary>Nothing allowed (a closed case).</summary>
    public static CaseActions None { get; } = new(false, [], false, false, false);
}
