using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Escalation;

/// <summary>
/// Which ladder a task climbs, and when each rung falls due. A rung's clock starts when the rung
/// below it falls due (the first rung's when the task does), on the workflow's calendar, so the
/// ladder is a fixed schedule from the due time: a slow or stopped dispatcher never gives a task
/// extra grace, and a due date extension moves the whole ladder with it.
/// </summary>
internal static class EscalationLadders
{
    /// <summary>The roles the levels go to when a ladder does not say (and for escalations by hand).</summary>
    public static EscalationTarget DefaultTarget(int level) => level switch
    {
        1 => new EscalationTarget { Role = "team-manager" },
        2 => new EscalationTarget { Role = "agency-manager" },
        3 => new EscalationTarget { Role = "safeguarding-lead" },
        _ => new EscalationTarget { Role = "partnership-chair", Agency = "partnership" },
    };

    /// <summary>The highest level of any ladder: the partnership chair.</summary>
    public const int TopLevel = 4;

    /// <summary>
    /// The ladder a task climbs, lowest level first: its own from the workflow, or else the default
    /// of the agency that owns it now (so a task reassigned to another agency climbs that agency's).
    /// </summary>
    public static IReadOnlyList<EscalationRung> For(TaskDefinition task, Agency? owner) =>
        [.. (task.Escalation.Count > 0 ? task.Escalation : owner?.Escalation ?? []).OrderBy(r => r.Level)];

    /// <summary>The next rung above <paramref name="reached"/> and the instant it falls due, or null at the top.</summary>
    public static (EscalationRung Rung, DateTimeOffset DueAt)? Next(
        IReadOnlyList<EscalationRung> ladder, int reached, DateTimeOffset taskDueAt, Func<DueSpec, DateTimeOffset, DateTimeOffset> after)
    {
        var anchor = taskDueAt;
        foreach (var rung in ladder)
        {
            // A clock that ran out at the very end of a working day counts working days on from
            // that day: one tick earlier keeps the instant inside it, not "received after hours".
            anchor = after(rung.After, rung.After.WorkingDays is null ? anchor : anchor.AddTicks(-1));
            if (rung.Level > reached)
            {
                return (rung, anchor);
            }
        }

        return null;
    }
}
