using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Access;

/// <summary>
/// Who may act on a task: its own agency's people work it; that agency's managers (and leads and
/// admins, who see everything) manage it: reassign it, extend it, handle its escalations.
/// </summary>
public static class TaskAccess
{
    /// <summary>Whether the viewer may claim, release or complete the task.</summary>
    public static bool CanWork(Viewer viewer, CaseTask task)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(task);
        return viewer.SeesEverything || task.Agency == viewer.Agency;
    }

    /// <summary>Whether the viewer manages the agency's work: its managers, and every lead and admin.</summary>
    public static bool CanManage(Viewer viewer, string agency)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.SeesEverything || (viewer.Is(AppRoles.Manager) && viewer.Agency == agency);
    }

    /// <summary>
    /// Whether the viewer may see the task's page: those who work it, the agency that passed it on
    /// while it awaits acceptance (that agency still answers for it), and the agencies an outcome of
    /// it needs a sign-off from (<paramref name="signOffAgencies"/>).
    /// </summary>
    public static bool CanSee(Viewer viewer, CaseTask task, IReadOnlyCollection<string> signOffAgencies)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(signOffAgencies);
        return CanWork(viewer, task)
            || (task.AwaitsAcceptance && task.HandoverFrom == viewer.Agency)
            || (task.IsActive && signOffAgencies.Contains(viewer.Agency));
    }

    /// <summary>Whether the viewer is a manager, lead or admin.</summary>
    public static bool IsManagerOrAbove(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.SeesEverything || viewer.Is(AppRoles.Manager);
    }
}
