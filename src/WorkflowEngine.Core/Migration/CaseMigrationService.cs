using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Migration;

/// <summary>
/// Moves running cases from one version of their workflow to another: a dry run that says, case by
/// case, what would change, and the migration itself, in batches, each case in its own transaction
/// with its version check, through the same store as every other command (journal chain, timers,
/// outbox and measures stay in step). Cases already moved are not chosen again, so a migration
/// stopped half way is simply run again.
/// </summary>
public sealed class CaseMigrationService
{
    private const int MaxAttempts = 3;

    private readonly ICaseStore _store;
    private readonly IMigrationCandidates _candidates;
    private readonly IRunningCases _running;
    private readonly IDocumentReader _documents;
    private readonly WorkflowCatalogue _workflows;
    private readonly TimeProvider _time;
    private readonly TimerPlanner _timers;
    private readonly MeasureProjector _measures;
    private readonly StageNavigator _navigator;
    private readonly CaseMigrationPlanner _planner;
    private readonly MigrationRequestCheck _check;

    /// <summary>Creates the service over the same parts as <see cref="CaseService"/>, so a moved case is planned and saved as any command's.</summary>
    /// <param name="store">Where cases live.</param>
    /// <param name="candidates">Finds the cases to move.</param>
    /// <param name="running">Counts running cases by stage (which stages must be mapped).</param>
    /// <param name="documents">The stored workflow versions.</param>
    /// <param name="workflows">The compiled workflow versions.</param>
    /// <param name="rules">Evaluates rule sets (owners of created tasks).</param>
    /// <param name="clock">Works out due times on the calendars.</param>
    /// <param name="reference">Agencies, lists and facts.</param>
    /// <param name="time">The only source of the current time.</param>
    /// <param name="timerOptions">How timers are planned.</param>
    /// <param name="measureSources">Which tasks and fields feed the partnership's measures.</param>
    public CaseMigrationService(ICaseStore store, IMigrationCandidates candidates, IRunningCases running, IDocumentReader documents, WorkflowCatalogue workflows,
        IRuleEvaluator rules, IDueTimeCalculator clock, ReferenceData reference, TimeProvider time, TimerOptions timerOptions, MeasureSources measureSources)
    {
        _store = store;
        _candidates = candidates;
        _running = running;
        _documents = documents;
        _workflows = workflows;
        _time = time;
        _timers = new TimerPlanner(clock, timerOptions, reference);
        _measures = new MeasureProjector(clock, measureSources);
        _navigator = new StageNavigator(rules, clock, reference, workflows, store);
        _planner = new CaseMigrationPlanner(_timers, clock);
        _check = new MigrationRequestCheck(documents, workflows, running);
    }

    /// <summary>What the migration would do to each chosen case; nothing is written.</summary>
    public async Task<CommandResult<CaseMigrationPreview>> DryRunAsync(CaseMigrationRequest request, CancellationToken cancellationToken = default)
    {
        var checkedRequest = await _check.CheckAsync(request, forMigration: false, cancellationToken);
        if (checkedRequest.Errors is { Count: > 0 } errors)
        {
            return CommandResult<CaseMigrationPreview>.Failure(CommandStatus.Invalid, errors);
        }

        var (from, to) = (checkedRequest.From!, checkedRequest.To!);
        var now = _time.GetUtcNow();
        var plans = new List<CaseMigrationPlan>();
        foreach (var id in await _candidates.ListAsync(request.WorkflowKey, request.FromVersion, request.Stages, cancellationToken))
        {
            if (await _store.LoadAsync(id, cancellationToken) is { } state && state.WorkflowVersion == from.Version && state.Status == CaseStatus.Open)
            {
                plans.Add(_planner.Plan(state, from, to, request.StageMap, now));
            }
        }

        return CommandResult<CaseMigrationPreview>.Success(new CaseMigrationPreview(plans));
    }

    /// <summary>
    /// Moves every chosen case that can move, <paramref name="batchSize"/> cases at a time, each in
    /// its own transaction. Refused, with nothing moved, when a stage where chosen cases wait has no
    /// mapping or the request is otherwise wrong.
    /// </summary>
    public async Task<CommandResult<CaseMigrationOutcome>> MigrateAsync(CaseMigrationRequest request, int batchSize = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var checkedRequest = await _check.CheckAsync(request, forMigration: true, cancellationToken);
        if (checkedRequest.Errors is { Count: > 0 } errors)
        {
            return CommandResult<CaseMigrationOutcome>.Failure(CommandStatus.Invalid, errors);
        }

        var (from, to) = (checkedRequest.From!, checkedRequest.To!);
        var moved = 0;
        var batches = 0;
        var notMoved = new List<CaseMigrationPlan>();
        var chosen = await _candidates.ListAsync(request.WorkflowKey, request.FromVersion, request.Stages, cancellationToken);
        foreach (var batch in chosen.Chunk(batchSize))
        {
            batches++;
            foreach (var id in batch)
            {
                // Stopping between cases leaves every case either moved or untouched; a second run picks up the rest.
                cancellationToken.ThrowIfCancellationRequested();
                var refused = await MoveAsync(id, request, from, to, cancellationToken);
                if (refused is null)
                {
                    moved++;
                }
                else if (refused.Blockers.Count > 0)
                {
                    notMoved.Add(refused);
                }
            }
        }

        return CommandResult<CaseMigrationOutcome>.Success(new CaseMigrationOutcome(moved, notMoved, batches));
    }

    // Null when the case moved; its plan (with no blockers when it had moved already) when it did not.
    private async Task<CaseMigrationPlan?> MoveAsync(Guid caseId, CaseMigrationRequest request, CompiledWorkflow from, CompiledWorkflow to, CancellationToken cancellationToken)
    {
        CaseMigrationPlan? plan = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var state = await _store.LoadAsync(caseId, cancellationToken);
            if (state is null || state.WorkflowVersion != from.Version || state.Status == CaseStatus.Closed)
            {
                // Moved (or closed) by someone else since it was chosen: nothing to do.
                return Skipped(caseId);
            }

            var now = _time.GetUtcNow();
            plan = _planner.Plan(state, from, to, request.StageMap, now);
            if (!plan.CanMove)
            {
                return plan;
            }

            var command = new Case(state, to, now, request.Actor, isNew: false, _navigator.Notices(to));
            try
            {
                if (await RuleInputFaults.CatchAsync(() => ApplyAsync(command, plan, request, from, cancellationToken)) is { } refused)
                {
                    return plan with { Blockers = refused.Errors };
                }
            }
            catch (WorkflowFaultException fault)
            {
                // One case the new version cannot take (a rule chose no owner) must not stop the others.
                return plan with { Blockers = [new ValidationError("migration.fault", "$.caseId", fault.Message)] };
            }

            if (await _store.SaveAsync(command.TakeChanges(_timers, _measures), cancellationToken) == SaveOutcome.Saved)
            {
                return null;
            }
        }

        return plan! with { Blockers = [new ValidationError("migration.conflict", "$.caseId", "The case changed each time it was about to move; run the migration again to move it.")] };
    }

    private static CaseMigrationPlan Skipped(Guid caseId) => new(caseId, CaseReference.Of(caseId), string.Empty, null, [], [], [], [], []);

    private async Task ApplyAsync(Case command, CaseMigrationPlan plan, CaseMigrationRequest request, CompiledWorkflow from, CancellationToken cancellationToken)
    {
        var state = command.State;
        var target = plan.StageAfter!;
        var stage = command.Workflow.Stages[target];
        command.Record("case.migrated", new JsonObject
        {
            ["workflow"] = state.WorkflowKey,
            ["fromVersion"] = from.Version,
            ["toVersion"] = command.Workflow.Version,
            ["fromStage"] = plan.StageBefore,
            ["toStage"] = target,
            ["stageMap"] = new JsonObject([.. request.StageMap.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
            ["kept"] = new JsonArray([.. plan.Kept.Select(t => (JsonNode?)t.TaskId.ToString())]),
            ["reason"] = request.Reason,
        });
        var cancelled = plan.Cancelled.Select(t => t.TaskId).ToHashSet();
        foreach (var task in state.Tasks.Where(t => cancelled.Contains(t.Id)).ToList())
        {
            command.Cancel(task,
                $"The case moved to version {command.Workflow.Version} of the workflow, whose stage '{stage.Name}' has no task '{task.Title}'.", request.Actor);
        }

        command.MoveToVersion(target, plan.StageBefore);
        var created = plan.Created.Select(t => t.TaskKey).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in stage.Tasks.Where(d => created.Contains(d.Key)))
        {
            await _navigator.CreateTasksAsync(command, stage, definition, cancellationToken);
        }
    }
}
