using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>
/// The timer storm's path: the task timers of many cases fired as one batch. One command per case
/// as before (its own aggregate and version checks, saved or refused alone), but the cases are loaded in one
/// read and saved in one turn of the store's writer, so the per-command overhead (a read
/// transaction, a writer queue entry, the hand-overs between threads) is paid once a batch, not
/// once a case. Anything out of the ordinary is left to <see cref="FireTogetherAsync"/>, which
/// runs the case alone with its retries and failure reporting.
/// </summary>
public sealed partial class FireTimersHandler
{
    /// <inheritdoc />
    public bool FiresEachTogether => _runner.Store.SavesEachTogether;

    /// <inheritdoc />
    public async Task<IReadOnlyList<int?>> FireEachAsync(IReadOnlyList<IReadOnlyList<DueTimer>> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var results = new int?[groups.Count];
        var store = _runner.Store;
        if (!store.SavesEachTogether || groups.Count == 0)
        {
            return results;
        }

        using var activity = CaseCommandRunner.StartCommand("FireEach", null);
        activity?.SetTag("workflow.cases", groups.Count);
        var states = await store.LoadManyAsync([.. groups.Select(g => g[0].CaseId)], cancellationToken);
        var saves = new List<IReadOnlyList<CaseChangeSet>>(groups.Count);
        var saved = new List<(int Group, int Fired)>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (group.Any(t => t.CaseId != group[0].CaseId || t.Kind == TimerKind.StageTransition))
            {
                continue;
            }

            if (states[i] is not { } state)
            {
                results[i] = 0;
                continue;
            }

            if (await FireOnAsync(state, group, cancellationToken) is { } fired)
            {
                if (fired.Count == 0)
                {
                    results[i] = 0;
                }
                else
                {
                    saves.Add(fired.Changes);
                    saved.Add((i, fired.Count));
                }
            }
        }

        var outcomes = await store.SaveEachAsync(saves, cancellationToken);
        for (var j = 0; j < saved.Count; j++)
        {
            if (outcomes[j] == SaveOutcome.Saved)
            {
                results[saved[j].Group] = saved[j].Fired;
                EngineTelemetry.Saved("FireTogether", saves[j].Sum(c => c.AddedEscalations.Count));
            }
        }

        return results;
    }

    // The case's command, as FireTogetherAsync runs it; null when it is not the ordinary case (a
    // closed case, a missing workflow, a refusal or a fault): that case is then fired alone.
    private async Task<(int Count, IReadOnlyList<CaseChangeSet> Changes)?> FireOnAsync(CaseState state, IReadOnlyList<DueTimer> group, CancellationToken cancellationToken)
    {
        if (state.Status == CaseStatus.Closed)
        {
            return null;
        }

        try
        {
            var workflow = await _runner.Workflows.GetAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken);
            if (workflow is null)
            {
                return null;
            }

            var @case = new Case(state, workflow, _runner.Time.GetUtcNow(), StageNavigator.System, isNew: false, _runner.Navigator.Notices(workflow));
            var fired = FireInOrder(@case, InFiringOrder(group));
            return fired == 0 ? (0, []) : (fired, _runner.ChangesOf(@case));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Nothing was written: the case is fired alone, where the fault is reported on its timers.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
