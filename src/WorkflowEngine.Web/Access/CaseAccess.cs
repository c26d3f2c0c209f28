using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Access;

/// <summary>
/// Need-to-know: a practitioner or manager sees a case only if their agency has or had a task on
/// it; leads and admins see every case. (The referrer's agency is told the outcome, not shown the case.)
/// </summary>
public static class CaseAccess
{
    /// <summary>Whether the viewer may open the case.</summary>
    public static bool CanSee(Viewer viewer, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(state);
        return viewer.SeesEverything
            || state.InvolvedAgencies.Contains(viewer.Agency)
            || state.Tasks.Exists(t => t.Agency == viewer.Agency);
    }
}
