using WorkflowEngine.Core.Panels;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Access;

/// <summary>
/// Who may do what at a panel sitting. The MACE coordinator and chair (and safeguarding leads) build
/// the agenda and record the sitting; only the chair (or a lead) confirms the minutes. Panel members,
/// the leads, chairs and managers of an agency attending a sitting, see the summaries of the cases on
/// its agenda: sharing under the MACE protocol, written to each case's disclosure log.
/// </summary>
public static class PanelAccess
{
    /// <summary>The team of a MACE coordinator.</summary>
    public const string CoordinatorTeam = "mace-coordinator";

    /// <summary>The team of a MACE chair.</summary>
    public const string ChairTeam = "mace-chair";

    /// <summary>Whether the viewer builds the agenda and records the sitting.</summary>
    public static bool CanRun(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Is(AppRoles.Lead) || viewer.Team is CoordinatorTeam or ChairTeam;
    }

    /// <summary>Whether the viewer may confirm the minutes.</summary>
    public static bool CanConfirm(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Is(AppRoles.Lead) || viewer.Team == ChairTeam;
    }

    /// <summary>Whether the viewer sees the sitting and the summaries of the cases on its agenda.</summary>
    public static bool CanSeeAgenda(Viewer viewer, PanelSitting sitting)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(sitting);
        return CanRun(viewer) || (IsPanelMember(viewer) && sitting.Attendance.Exists(a => !a.Apologies && a.Agency == viewer.Agency));
    }

    /// <summary>Whether the viewer could sit on the panel for their agency: its leads, chairs and managers.</summary>
    public static bool IsPanelMember(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Is(AppRoles.Lead) || viewer.Is(AppRoles.Manager) || viewer.Team == ChairTeam;
    }
}
