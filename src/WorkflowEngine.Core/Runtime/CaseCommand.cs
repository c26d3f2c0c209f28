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
/// The working set of one command on one case: the loaded state it changes in memory and a record
/// of what changed, turned into a <see cref="CaseChangeSet"/> when the command succeeds.
/// </summary>
internal sealed class CaseCommand
{
    private readonly long _loadedVersion;
    private readonly Dictionary<Guid, long> _modifiedTasks = [];
    private readonly List<CaseTask> _addedTasks = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<TaskEscalation> _addedEscalations = [];
    private readonly HashSet<TaskEscalation> _modifiedEscalations = [];
    private readonly List<(DueTimer Timer, long ExpectedVersion)> _firedTimers = [];
    private readonly List<OutboxMessage> _outbox = [];

    public CaseCommand(CaseState state, CompiledWorkflow workflow, DateTimeOffset now, string actor, bool isNew, CommandBudget? budget = null, PublishedVersionSnapshot? versions = null)
    {
        Budget = budget ?? new CommandBudget();
        Versions = versions ?? new PublishedVersionSnapshot();
        Case = state;
        Workflow = workflow;
        Now = now;
        Actor = actor;
        IsNew = isNew;
        _loadedVersion = state.Version;
    }

    public CaseState Case { get; }

    public CompiledWorkflow Workflow { get; }

    public DateTimeOffset Now { get; }

    public string Actor { get; }

    public bool IsNew { get; }

    /// <summary>Linked tracks started by this command, saved in the same transaction.</summary>
    public List<CaseCommand> LinkedCases { get; } = [];

    /// <summary>Shared with linked tracks started by the same command.</summary>
    public CommandBudget Budget { get; }

    /// <summary>The workflow and rule-set versions this command has looked up; shared with linked tracks.</summary>
    public PublishedVersionSnapshot Versions { get; }

    public void Record(string kind, JsonObject data) =>
        _journal.Add(JournalChain.Append(Case, Now, Actor, kind, data));

    /// <summary>The tasks this command created.</summary>
    public IReadOnlyList<CaseTask> AddedTasks => _addedTasks;

    public void Add(CaseTask task)
    {
        Case.Tasks.Add(task);
        _addedTasks.Add(task);
    }

    /// <summary>Notes that a stored task is about to change, remembering the version it must still have.</summary>
    public void Touch(CaseTask task)
    {
        if (!_addedTasks.Contains(task))
        {
            _modifiedTasks.TryAdd(task.Id, task.Version);
        }
    }

    public void Raise(TaskEscalation escalation)
    {
        Case.Escalations.Add(escalation);
        _addedEscalations.Add(escalation);
    }

    /// <summary>Notes that a stored escalation is about to change.</summary>
    public void Touch(TaskEscalation escalation)
    {
        if (!_addedEscalations.Contains(escalation))
        {
            _modifiedEscalations.Add(escalation);
        }
    }

    /// <summary>Deletes a timer that is firing, on condition nobody else claimed or changed it meanwhile.</summary>
    public void Fired(DueTimer timer)
    {
        Case.Timers.Remove(timer);
        _firedTimers.Add((timer, timer.Version));
    }

    /// <summary>Queues a notification in the same transaction as the change that causes it.</summary>
    public void Notify(string kind, NotificationRecipient recipient, string subject, string body, Guid? taskId) =>
        _outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(Now),
            CreatedAt = Now,
            Kind = kind,
            CaseId = Case.Id,
            TaskId = taskId,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            Status = OutboxStatus.Pending,
            NextAttemptAt = Now,
            Version = 1,
        });

    public IEnumerable<CaseChangeSet> ToChangeSets(TimerPlanner planner, MeasureProjector measures)
    {
        Case.Version = _loadedVersion + 1;
        foreach (var agency in Case.Tasks.Select(t => t.Agency).Where(a => !Case.InvolvedAgencies.Contains(a)).Distinct().ToList())
        {
            Case.InvolvedAgencies.Add(agency);
        }

        var set = new CaseChangeSet { Case = Case, IsNew = IsNew, ExpectedVersion = _loadedVersion };
        foreach (var task in _addedTasks)
        {
            task.Version = 1;
            set.AddedTasks.Add(task);
        }

        foreach (var (id, expected) in _modifiedTasks)
        {
            var task = Case.Tasks.First(t => t.Id == id);
            task.Version = expected + 1;
            set.ModifiedTasks.Add((task, expected));
        }

        set.Journal.AddRange(_journal);
        set.AddedEscalations.AddRange(_addedEscalations);
        set.ModifiedEscalations.AddRange(_modifiedEscalations);
        set.RemovedTimers.AddRange(_firedTimers);
        PlanTimers(planner, set);
        set.Outbox.AddRange(_outbox);
        var completedNow = set.AddedTasks.Concat(set.ModifiedTasks.Select(m => m.Task)).Where(t => t.Status == CaseTaskStatus.Completed);
        var projected = measures.Project(Case, Workflow.Definition.Calendar, completedNow);
        set.Milestones = projected.Milestones;
        set.Education = projected.Education;
        set.DisruptionMeasures.AddRange(projected.DisruptionMeasures);
        set.IntelligenceSubmissions.AddRange(projected.IntelligenceSubmissions);
        yield return set;
        foreach (var linked in LinkedCases.SelectMany(l => l.ToChangeSets(planner, measures)))
        {
            yield return linked;
        }
    }

    // Saves the difference between the timers the case now needs and the ones it has.
    private void PlanTimers(TimerPlanner planner, CaseChangeSet set)
    {
        var planned = planner.Plan(Case, Workflow).ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var timer in Case.Timers.ToList())
        {
            if (!planned.Remove(timer.Key, out var plan))
            {
                Case.Timers.Remove(timer);
                set.RemovedTimers.Add((timer, timer.Version));
            }
            else if (timer.DueAt != plan.DueAt)
            {
                var expected = timer.Version;
                timer.DueAt = plan.DueAt;
                timer.NextAttemptAt = plan.DueAt;
                timer.Attempts = 0;
                timer.Status = TimerStatus.Pending;
                timer.LastError = null;
                timer.LeaseOwner = null;
                timer.LeaseUntil = null;
                timer.Version = expected + 1;
                set.ModifiedTimers.Add((timer, expected));
            }
        }

        foreach (var plan in planned.Values)
        {
            var timer = new DueTimer
            {
                Id = Guid.CreateVersion7(Now),
                CaseId = Case.Id,
                Key = plan.Key,
                Kind = plan.Kind,
                TaskId = plan.TaskId,
                Level = plan.Level,
                TransitionKey = plan.TransitionKey,
                DueAt = plan.DueAt,
                NextAttemptAt = plan.DueAt,
                Version = 1,
            };
            Case.Timers.Add(timer);
            set.AddedTimers.Add(timer);
        }
    }
}
