using System.Runtime.CompilerServices;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The rows a case and its tasks were loaded from, kept beside the loaded objects for as long as
/// they live. A save compares against them in memory to find the columns that changed, instead of
/// reading the row back, and reuses the stored JSON of the child and contact when they did not
/// change. Only used when the remembered row has the version the save expects, i.e. the row as it
/// still stands unless someone else wrote it (which the save's version check then finds). The
/// dashboard's milestone row is kept too, so a save whose projection left it as it was writes
/// nothing to it (a timer storm's fires, which change no milestone, read and wrote it each time).
/// </summary>
internal sealed class LoadedRows
{
    private readonly ConditionalWeakTable<CaseState, LoadedCase> _cases = [];
    private readonly ConditionalWeakTable<CaseTask, TaskRecord> _tasks = [];
    private readonly ConditionalWeakTable<CaseState, LoadedMilestones> _milestones = [];

    public void Remember(CaseState state, CaseRecord row) => _cases.AddOrUpdate(state, new LoadedCase(row, state.Child, state.Contact));

    public void Remember(CaseTask task, TaskRecord row) => _tasks.AddOrUpdate(task, row);

    public void Remember(CaseState state, long caseVersion, CaseMilestones row) => _milestones.AddOrUpdate(state, new LoadedMilestones(caseVersion, row));

    /// <summary>
    /// The case's dashboard milestone row as loaded with it, if it was. It is written under the
    /// case's own version check, so it still stands when the case is still at the version it was loaded at.
    /// </summary>
    public CaseMilestones? MilestonesOf(CaseState state, long expectedVersion) =>
        _milestones.TryGetValue(state, out var loaded) && loaded.CaseVersion == expectedVersion ? loaded.Row : null;

    public LoadedCase? Of(CaseState state, long expectedVersion) =>
        _cases.TryGetValue(state, out var loaded) && loaded.Row.Version == expectedVersion ? loaded : null;

    public TaskRecord? Of(CaseTask task, long expectedVersion) =>
        _tasks.TryGetValue(task, out var row) && row.Version == expectedVersion ? row : null;
}

/// <summary>A case row as loaded, with the child and contact it was read into.</summary>
internal sealed record LoadedCase(CaseRecord Row, ChildDetails Child, ContactDetails Contact);

/// <summary>A case's milestone row as loaded, with the case version it was loaded beside.</summary>
internal sealed record LoadedMilestones(long CaseVersion, CaseMilestones Row);
