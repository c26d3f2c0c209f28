using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Access;

/// <summary>
/// Who sees and who handles an escalation. A manager sees every live escalation of their agency's
/// tasks, at every level, so one does not vanish when it climbs past them; they acknowledge or
/// resolve only at the level the ladder addresses to them or below. The ladder is the task's
/// agency's (reference/agencies.json), or the partnership's default: 1 team manager, 2 agency
/// manager, 3 agency safeguarding lead, 4 partnership chair.
/// </summary>
public static class EscalationAccess
{
    private static readonly string[] DefaultRoles = ["team-manager", "agency-manager", "safeguarding-lead", "partnership-chair"];

    /// <summary>Whether the viewer sees the escalation in their queue (read-only when above their level).</summary>
    public static bool CanSee(Viewer viewer, TaskEscalation escalation, string taskAgency)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(escalation);
        return viewer.SeesEverything
            || (viewer.Is(AppRoles.Manager) && (taskAgency == viewer.Agency || escalation.TargetAgency == viewer.Agency));
    }

    /// <summary>
    /// The highest escalation level the viewer answers for on a task of this agency: the top rung
    /// of its ladder addressed to the viewer's team (and agency); a manager off the ladder answers
    /// for level 1 of their own agency's tasks; a system admin for every level; otherwise 0.
    /// </summary>
    public static int LevelOf(Viewer viewer, Agency? taskAgency, string taskAgencyKey)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Is(AppRoles.Admin))
        {
            return EscalationLevels.Top;
        }

        var rungs = taskAgency?.Escalation is { Count: > 0 } ladder
            ? ladder.Select(r => (r.Level, r.Target.Role, Agency: r.Target.Agency ?? taskAgencyKey))
            : DefaultRoles.Select((role, i) => (Level: i + 1, Role: role, Agency: i + 1 == EscalationLevels.Top ? "partnership" : taskAgencyKey));
        var level = rungs.Where(r => r.Role == viewer.Team && r.Agency == viewer.Agency).Select(r => r.Level).DefaultIfEmpty(0).Max();
        return level == 0 && viewer.Is(AppRoles.Manager) && viewer.Agency == taskAgencyKey ? 1 : level;
    }

    /// <summary>Whether the viewer may acknowledge or resolve the escalation.</summary>
    public static bool CanHandle(Viewer viewer, TaskEscalation escalation, Agency? taskAgency, string taskAgencyKey) =>
        CanSee(viewer, escalation, taskAgencyKey) && escalation.Level <= LevelOf(viewer, taskAgency, taskAgencyKey);

    /// <summary>Why the viewer may not handle it, naming the level, for a 403 or the page.</summary>
    public static string RefusalFor(Viewer viewer, TaskEscalation escalation, Agency? taskAgency, string taskAgencyKey)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var mine = LevelOf(viewer, taskAgency, taskAgencyKey);
        return $"This is a level {escalation.Level} escalation, addressed to the {EscalationLevels.RoleName(escalation.TargetRole)}. "
            + (mine == 0 ? "You do not handle escalations of this agency's tasks." : $"You may acknowledge or resolve escalations up to level {mine} only.");
    }
}
