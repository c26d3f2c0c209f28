using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Tasks;

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

    public CaseCommand(CaseState state, CompiledWorkflow workflow, DateTimeOffset now, string actor, bool isNew, CommandBudget? budget = null)
    {
        Budget = budget ?? new CommandBudget();
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

    public void Record(string kind, JsonObject data) =>
        _journal.Add(JournalChain.Append(Case, Now, Actor, kind, data));

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

    public IEnumerable<CaseChangeSet> ToChangeSets()
    {
        Case.Version = _loadedVersion + 1;
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
        yield return set;
        foreach (var linked in LinkedCases.SelectMany(l => l.ToChangeSets()))
        {
            yield return linked;
        }
    }
}
