using Microsoft.Extensions.Logging;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Hosting;

/// <summary>
/// Rebuilds cases' measure records from the cases as they stand, for a database that had cases
/// before the engine wrote measure records: each case in its own transaction, replacing whatever
/// rows it had, without changing the case, its version, journal or timers.
/// </summary>
public sealed class MeasureRebuilder
{
    private const int MaxAttempts = 3;

    private readonly ICaseStore _cases;
    private readonly IMeasureStore _store;
    private readonly WorkflowCatalogue _workflows;
    private readonly MeasureProjector _projector;
    private readonly ILogger<MeasureRebuilder> _logger;

    /// <summary>Creates the rebuilder.</summary>
    /// <param name="cases">Where cases are loaded from.</param>
    /// <param name="store">Where measure records are written.</param>
    /// <param name="workflows">The published workflows (a case's calendar comes from its workflow version).</param>
    /// <param name="clock">Works out due times on the calendars.</param>
    /// <param name="sources">Which tasks and fields feed the measures.</param>
    /// <param name="logger">Where the rebuild reports what it did.</param>
    public MeasureRebuilder(ICaseStore cases, IMeasureStore store, WorkflowCatalogue workflows, IDueTimeCalculator clock, MeasureSources sources,
        ILogger<MeasureRebuilder> logger)
    {
        _cases = cases;
        _store = store;
        _workflows = workflows;
        _projector = new MeasureProjector(clock, sources);
        _logger = logger;
    }

    /// <summary>
    /// Replaces the case's measure records with a full projection of the case (every completed
    /// task, not only the last command's). A case changed meanwhile is loaded and projected again.
    /// </summary>
    public async Task<MeasureRebuild> RebuildAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var state = await _cases.LoadAsync(caseId, cancellationToken);
            if (state is null)
            {
                return MeasureRebuild.CaseNotFound;
            }

            var workflow = await _workflows.GetDefinitionAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken);
            if (workflow is null)
            {
                return MeasureRebuild.WorkflowNotFound;
            }

            if (await _store.ReplaceAsync(_projector.ProjectAll(state, workflow.Calendar), cancellationToken) == SaveOutcome.Saved)
            {
                return MeasureRebuild.Rebuilt;
            }
        }

        return MeasureRebuild.Conflict;
    }

    /// <summary>
    /// Rebuilds every case that has no milestones row, <paramref name="batchSize"/> at a time, and
    /// logs how many it rebuilt; returns that number. Run at start-up, before any command, so a
    /// database from before measure records were written is counted in full. A second run finds
    /// nothing to do. A case that cannot be rebuilt is logged and left for the next run.
    /// </summary>
    public async Task<int> RebuildMissingAsync(int batchSize = 500, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var (rebuilt, skipped) = (0, new HashSet<Guid>());
        while (true)
        {
            var batch = await _store.ListCasesWithoutMilestonesAsync(batchSize, skipped, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var caseId in batch)
            {
                var outcome = await RebuildAsync(caseId, cancellationToken);
                if (outcome == MeasureRebuild.Rebuilt)
                {
                    rebuilt++;
                }
                else
                {
                    MeasureLog.NotRebuilt(_logger, caseId, outcome);
                    skipped.Add(caseId);
                }
            }
        }

        MeasureLog.RebuiltMissing(_logger, rebuilt, skipped.Count);
        return rebuilt;
    }
}
