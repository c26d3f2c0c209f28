using System.Text.Json.Nodes;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// The case aggregate: one case as one command changes it. It owns the case's tasks, escalations,
/// timers, journal appends and notifications, changes only through its own methods (each checks the
/// task's lifecycle and journals what it did), and records its own changes, which the store saves
/// as one <see cref="CaseChangeSet"/> per case (<see cref="TakeChanges"/>). What it reads to
/// decide (rules, calendars, reference data) is given to it by the handler; the stage navigator
/// moves it through the workflow with the same methods.
/// </summary>
internal sealed partial class Case
{
    private readonly long _loadedVersion;
    private readonly Dictionary<Guid, long> _modifiedTasks = [];
    private readonly List<CaseTask> _addedTasks = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<TaskEscalation> _addedEscalations = [];
    private readonly HashSet<TaskEscalation> _modifiedEscalations = [];
    private readonly List<(DueTimer Timer, long ExpectedVersion)> _firedTimers = [];
    private readonly List<OutboxMessage> _outbox = [];
    private readonly List<Case> _linked = [];

    public Case(CaseState state, CompiledWorkflow workflow, DateTimeOffset now, string actor, bool isNew, Notices notices,
        CommandBudget? budget = null, PublishedVersionSnapshot? versions = null)
    {
        State = state;
        Workflow = workflow;
        Now = now;
        Actor = actor;
        IsNew = isNew;
        Notices = notices;
        Budget = budget ?? new CommandBudget();
        Versions = versions ?? new PublishedVersionSnapshot();
        _loadedVersion = state.Version;
    }

    /// <summary>The case as loaded and changed so far: read it freely, change it only through this aggregate.</summary>
    public CaseState State { get; }

    /// <summary>The workflow version the case is pinned to.</summary>
    public CompiledWorkflow Workflow { get; }

    /// <summary>The command's one instant: every change it makes happens at this time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Who the command acts for (a user name, or <c>system</c>).</summary>
    public string Actor { get; }

    /// <summary>True for a case the command opened (inserted, not updated, when saved).</summary>
    public bool IsNew { get; }

    /// <summary>The wording of what the case tells people, in the workflow calendar's local time.</summary>
    public Notices Notices { get; }

    /// <summary>Shared with linked tracks started by the same command.</summary>
    public CommandBudget Budget { get; }

    /// <summary>The workflow and rule-set versions this command has looked up; shared with linked tracks.</summary>
    public PublishedVersionSnapshot Versions { get; }

    /// <summary>Linked tracks this command started, saved in the same transaction.</summary>
    public IReadOnlyList<Case> LinkedCases => _linked;

    /// <summary>The tasks this command created.</summary>
    public IReadOnlyList<CaseTask> AddedTasks => _addedTasks;

    /// <summary>Appends an entry to the case's hash-chained journal.</summary>
    public void Record(string kind, JsonObject data) =>
        _journal.Add(JournalChain.Append(State, Now, Actor, kind, data));

    /// <summary>Queues a notification in the same transaction as the change that causes it.</summary>
    public void Notify(string kind, NotificationRecipient recipient, string subject, string body, Guid? taskId) =>
        _outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(Now),
            CreatedAt = Now,
            Kind = kind,
            CaseId = State.Id,
            TaskId = taskId,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            Status = OutboxStatus.Pending,
            NextAttemptAt = Now,
            Version = 1,
        });

    /// <summary>A linked track this command opened, saved with this case.</summary>
    public void Link(Case track) => _linked.Add(track);

    /// <summary>
    /// Takes a timer that is firing out of the case, on condition nobody else claimed or changed it
    /// meanwhile: when the command is saved it is re-armed in place if the case still needs its key
    /// (a task's clock, for the next deadline), else deleted; either at the version it was claimed at.
    /// </summary>
    public void FireTimer(DueTimer timer)
    {
        State.Timers.Remove(timer);
        _firedTimers.Add((timer, timer.Version));
    }

    /// <summary>
    /// Everything this command changed, for the store: this case's change set first, then its linked
    /// tracks'. Called once, when the command succeeded: it bumps the versions the rows will be
    /// written at, notes newly involved agencies, and plans the timers and measures the case now needs.
    /// </summary>
    public IReadOnlyList<CaseChangeSet> TakeChanges(TimerPlanner planner, MeasureProjector measures)
    {
        var sets = new List<CaseChangeSet> { OwnChanges(planner, measures) };
        foreach (var linked in _linked)
        {
            sets.AddRange(linked.TakeChanges(planner, measures));
        }

        return sets;
    }

    private CaseChangeSet OwnChanges(TimerPlanner planner, MeasureProjector measures)
    {
        State.Version = _loadedVersion + 1;
        foreach (var agency in State.Tasks.Select(t => t.Agency).Where(a => !State.InvolvedAgencies.Contains(a)).Distinct().ToList())
        {
            State.InvolvedAgencies.Add(agency);
        }

        var set = new CaseChangeSet { Case = State, IsNew = IsNew, ExpectedVersion = _loadedVersion };
        foreach (var task in _addedTasks)
        {
            task.Version = 1;
            set.AddedTasks.Add(task);
        }

        foreach (var (id, expected) in _modifiedTasks)
        {
            var task = State.Tasks.First(t => t.Id == id);
            task.Version = expected + 1;
            set.ModifiedTasks.Add((task, expected));
        }

        set.Journal.AddRange(_journal);
        set.AddedEscalations.AddRange(_addedEscalations);
        set.ModifiedEscalations.AddRange(_modifiedEscalations);
        PlanTimers(planner, set);
        set.Outbox.AddRange(_outbox);
        var completedNow = set.AddedTasks.Concat(set.ModifiedTasks.Select(m => m.Task)).Where(t => t.Status == CaseTaskStatus.Completed);
        var projected = measures.Project(State, Workflow.Definition.Calendar, completedNow);
        set.Milestones = projected.Milestones;
        set.Education = projected.Education;
        set.DisruptionMeasures.AddRange(projected.DisruptionMeasures);
        set.IntelligenceSubmissions.AddRange(projected.IntelligenceSubmissions);
        return set;
    }

    // Saves the difference between the timers the case now needs and the ones it has. A fired timer
    // whose key is planned again is re-armed (one row update, not a delete and an insert); one that
    // is not is deleted. Both at the version it was claimed at, so a timer another dispatcher
    // re-claimed meanwhile rolls the whole command back.
    private void PlanTimers(TimerPlanner planner, CaseChangeSet set)
    {
        var planned = planner.Plan(State, Workflow).ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var timer in State.Timers.ToList())
        {
            if (!planned.Remove(timer.Key, out var plan))
            {
                State.Timers.Remove(timer);
                set.RemovedTimers.Add((timer, timer.Version));
            }
            else if (timer.DueAt != plan.DueAt)
            {
                set.ModifiedTimers.Add((timer, Rearm(timer, plan.DueAt, timer.Version)));
            }
        }

        foreach (var (timer, claimed) in _firedTimers)
        {
            if (planned.Remove(timer.Key, out var plan))
            {
                State.Timers.Add(timer);
                set.ModifiedTimers.Add((timer, Rearm(timer, plan.DueAt, claimed)));
            }
            else
            {
                set.RemovedTimers.Add((timer, claimed));
            }
        }

        foreach (var plan in planned.Values)
        {
            var timer = new DueTimer
            {
                Id = Guid.CreateVersion7(Now),
                CaseId = State.Id,
                Key = plan.Key,
                Kind = plan.Kind,
                TaskId = plan.TaskId,
                Level = plan.Level,
                TransitionKey = plan.TransitionKey,
                DueAt = plan.DueAt,
                NextAttemptAt = plan.DueAt,
                Version = 1,
            };
            State.Timers.Add(timer);
            set.AddedTimers.Add(timer);
        }
    }

    // Sets a stored timer to fall due afresh at dueAt; the version its row must still have.
    private static long Rearm(DueTimer timer, DateTimeOffset dueAt, long expected)
    {
        timer.DueAt = dueAt;
        timer.NextAttemptAt = dueAt;
        timer.Attempts = 0;
        timer.Status = TimerStatus.Pending;
        timer.LastError = null;
        timer.LeaseOwner = null;
        timer.LeaseUntil = null;
        timer.Version = expected + 1;
        return expected;
    }

    // Notes that a stored task is about to change, remembering the version it must still have.
    private void Touch(CaseTask task)
    {
        if (!_addedTasks.Contains(task))
        {
            _modifiedTasks.TryAdd(task.Id, task.Version);
        }
    }

    // Notes that a stored escalation is about to change (the case's version guards it).
    private void Touch(TaskEscalation escalation)
    {
        if (!_addedEscalations.Contains(escalation))
        {
            _modifiedEscalations.Add(escalation);
        }
    }

    private static JsonObject TaskData(CaseTask task) => new() { ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey };
}
