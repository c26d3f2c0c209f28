using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Migration;

/// <summary>
/// Works out what moving one case to another version of its workflow would change, from the case
/// as loaded and the two versions alone: nothing is read or written, so the dry run and the
/// migration itself share one answer. A task is kept when the mapped stage has a task of the same
/// key (it keeps its id, claim, due time and escalations), cancelled when it has not; the mapped
/// stage's other tasks are created as on entering it; timers are planned by the runtime's own
/// <see cref="TimerPlanner"/>, so they are exactly what every later command would plan.
/// </summary>
internal sealed class CaseMigrationPlanner(TimerPlanner timers, IDueTimeCalculator clock)
{
    /// <summary>The plan for one case of <paramref name="from"/> moving to <paramref name="to"/>.</summary>
    public CaseMigrationPlan Plan(CaseState state, CompiledWorkflow from, CompiledWorkflow to, IReadOnlyDictionary<string, string> stageMap, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.WorkflowKey != from.Key || state.WorkflowVersion != from.Version)
        {
            throw new ArgumentException($"Case {state.Id} runs '{state.WorkflowKey}' version {state.WorkflowVersion}, not version {from.Version}.", nameof(state));
        }

        var reference = CaseReference.Of(state.Id);
        var target = TargetStage(state.StageKey, to, stageMap);
        if (state.Status == CaseStatus.Closed)
        {
            return Blocked(state, reference, target, new("migration.case-closed", "$.caseId", "The case is closed; only running cases move."));
        }

        if (target is null)
        {
            return Blocked(state, reference, null, new("migration.stage-unmapped", $"$.stageMap.{state.StageKey}",
                $"Stage '{state.StageKey}' is not in version {to.Version}. Choose the stage of version {to.Version} its cases go to."));
        }

        var stage = to.Stages[target];
        if (stage.Final)
        {
            return Blocked(state, reference, target, new("migration.stage-final", $"$.stageMap.{state.StageKey}",
                $"Stage '{target}' of version {to.Version} closes the case. Close the case instead, or map stage '{state.StageKey}' to a stage where work goes on."));
        }

        var stageTaskKeys = stage.Tasks.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var visit = state.Tasks.Where(t => t.StageKey == state.StageKey && t.StageVisit == state.StageVisit).ToList();
        var blockers = UnknownData(visit.Where(t => stageTaskKeys.Contains(t.TaskKey)), to).ToList();
        var active = state.Tasks.Where(t => t.IsActive).ToList();
        var kept = active.Where(t => stageTaskKeys.Contains(t.TaskKey)).ToList();
        var cancelled = active.Where(t => !stageTaskKeys.Contains(t.TaskKey)).ToList();
        var present = visit.Select(t => t.TaskKey).ToHashSet(StringComparer.Ordinal);
        var created = stage.Tasks.Where(d => !present.Contains(d.Key))
            .SelectMany(d => Create(d, state, to, now)).ToList();

        if (kept.Count + created.Count == 0 && !stage.Transitions.Any(t => t.Trigger is TransitionTrigger.Timer or TransitionTrigger.Manual))
        {
            blockers.Add(new("migration.stage-without-work", $"$.stageMap.{state.StageKey}",
                $"Stage '{target}' of version {to.Version} would have no open task and nothing to move it on, so the case would stop there. Map stage '{state.StageKey}' to a stage with work in it."));
        }

        return new CaseMigrationPlan(state.Id, reference, state.StageKey, target,
            [.. kept.Select(Describe)], [.. cancelled.Select(Describe)], [.. created.Select(c => c.Planned)],
            TimerChanges(state, to, target, kept, created), blockers);
    }

    /// <summary>Where a stage of the old version goes: its mapping, else the stage of the same key, else nowhere.</summary>
    public static string? TargetStage(string stageKey, CompiledWorkflow to, IReadOnlyDictionary<string, string> stageMap) =>
        stageMap.TryGetValue(stageKey, out var mapped) ? mapped : to.Stages.ContainsKey(stageKey) ? stageKey : null;

    private static CaseMigrationPlan Blocked(CaseState state, string reference, string? target, ValidationError why) =>
        new(state.Id, reference, state.StageKey, target, [], [], [], [], [why]);

    // Data a task of the stage carries over must still mean something on the new form.
    private static IEnumerable<ValidationError> UnknownData(IEnumerable<CaseTask> tasks, CompiledWorkflow to)
    {
        foreach (var task in tasks.Where(t => t.Data is { Count: > 0 }))
        {
            var known = to.Tasks[task.TaskKey].Form.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            var unknown = task.Data!.Select(p => p.Key).Where(k => !known.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                yield return new("migration.task-data-unknown", $"$.tasks.{task.Id}",
                    $"Task '{task.Title}' holds {string.Join(", ", unknown.Select(k => $"'{k}'"))}, which the form of version {to.Version} does not have. Add the field to the new version or finish the case on its own version.");
            }
        }
    }

    private IEnumerable<(CaseTask Task, MigrationTask Planned)> Create(TaskDefinition definition, CaseState state, CompiledWorkflow to, DateTimeOffset now)
    {
        var due = clock.ComputeDue(definition.Due, to.Definition.Calendar, new DueAnchors(now, state.ReceivedAt, state.StageEnteredAt));
        IEnumerable<string?> agencies = definition.Owner switch
        {
            { Agency: { } agency } => [agency],
            { RuleSet: not null } => [null],
            { ForEachAgencyIn: { } fact } => (state.Facts[fact] as JsonArray ?? []).Select(n => n?.GetValue<string>()).Where(a => a is not null).Distinct(StringComparer.Ordinal),
            _ => [],
        };
        foreach (var agency in agencies)
        {
            // A stand-in for the task the migration will create, so the timer planner sees it.
            var task = new CaseTask
            {
                Id = Guid.NewGuid(), CaseId = state.Id, StageKey = string.Empty, StageVisit = state.StageVisit, TaskKey = definition.Key,
                Title = definition.Title, Agency = agency ?? string.Empty, Role = definition.Owner.Role, Status = CaseTaskStatus.Open, CreatedAt = now, DueAt = due,
            };
            yield return (task, new MigrationTask(null, definition.Key, definition.Title, agency, definition.Owner.RuleSet, due));
        }
    }

    private List<MigrationTimerChange> TimerChanges(CaseState state, CompiledWorkflow to, string target, List<CaseTask> kept,
        List<(CaseTask Task, MigrationTask Planned)> created)
    {
        var after = new CaseState
        {
            Id = state.Id, ChildId = state.ChildId, WorkflowKey = state.WorkflowKey, WorkflowVersion = to.Version, StageKey = target,
            StageEnteredAt = state.StageEnteredAt, StageVisit = state.StageVisit, Status = state.Status, OpenedAt = state.OpenedAt,
            Child = state.Child, Contact = state.Contact, Facts = state.Facts, Tasks = [.. kept, .. created.Select(c => c.Task)],
        };
        var taskKeys = after.Tasks.ToDictionary(t => t.Id, t => t.TaskKey);
        foreach (var task in state.Tasks)
        {
            taskKeys.TryAdd(task.Id, task.TaskKey);
        }

        string? KeyOf(Guid? taskId) => taskId is { } id ? taskKeys.GetValueOrDefault(id) : null;
        var planned = timers.Plan(after, to).ToDictionary(p => p.Key, StringComparer.Ordinal);
        var changes = new List<MigrationTimerChange>();
        foreach (var timer in state.Timers)
        {
            if (!planned.Remove(timer.Key, out var plan))
            {
                changes.Add(new(MigrationTimerChangeKind.Removed, timer.Kind, KeyOf(timer.TaskId), timer.DueAt));
            }
            else if (plan.DueAt != timer.DueAt)
            {
                changes.Add(new(MigrationTimerChangeKind.Moved, timer.Kind, KeyOf(timer.TaskId), plan.DueAt));
            }
        }

        changes.AddRange(planned.Values.Select(p => new MigrationTimerChange(MigrationTimerChangeKind.Added, p.Kind, KeyOf(p.TaskId), p.DueAt)));
        return changes;
    }

    private static MigrationTask Describe(CaseTask task) =>
        new(task.Id, task.TaskKey, task.Title, task.Agency, null, task.DueAt, task.AssignedTo);
}
