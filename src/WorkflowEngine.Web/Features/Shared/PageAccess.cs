using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// A page's need-to-know rule handed to a command, so the check runs on the snapshot the command
/// loads and changes (one load per request). It remembers whether it refused, which the page answers
/// with its "you cannot see this page" page rather than the command's sentence. A rule that needs
/// something of the case as it was before the change (who held the task) reads it in the rule.
/// </summary>
/// <param name="may">Whether the viewer may go ahead, on the case as loaded (and its task, when the command has one).</param>
public sealed class PageAccess(Func<CaseState, CaseTask?, bool> may)
{
    /// <summary>Whether this check refused the command (rather than one of the command's own rules).</summary>
    public bool Refused { get; private set; }

    /// <summary>The check to put on the command.</summary>
    public CaseAccessCheck Check => (state, task) =>
    {
        Refused = !may(state, task);
        return Refused ? "You cannot see this page." : null;
    };
}
