using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Runs <see cref="MergeChildrenCommand"/>: one child, one record.</summary>
public sealed class MergeChildrenHandler : ICaseCommandHandler<MergeChildrenCommand, ChildMergeResult>
{
    private readonly CaseCommandRunner _runner;
    private readonly IChildRegistry _children;

    internal MergeChildrenHandler(CaseCommandRunner runner, IChildRegistry children)
    {
        _runner = runner;
        _children = children;
    }

    /// <summary>
    /// Merges two records of the same child: every case of the merged record moves to the survivor,
    /// the merged record is kept marked "merged into" it, and each case of either record journals the
    /// merge, all in one transaction. Refused (nothing written) without a reason, for a record merged
    /// into itself, or when either record is already merged.
    /// </summary>
    public async Task<CommandResult<ChildMergeResult>> HandleAsync(MergeChildrenCommand request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CaseCommandRunner.MissingReason(request.Reason) is { } missing)
        {
            return CommandResult<ChildMergeResult>.Failure(missing.Status, missing.Errors);
        }

        if (request.SurvivorId == request.MergedId)
        {
            return CommandResult<ChildMergeResult>.Failure(CommandStatus.NotAllowed, "child.merge-into-itself", "$.mergedId", "Choose two different records: a record cannot be merged into itself.");
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var survivor = await _children.GetAsync(request.SurvivorId, cancellationToken);
            var merged = await _children.GetAsync(request.MergedId, cancellationToken);
            if (survivor is null || merged is null)
            {
                return CommandResult<ChildMergeResult>.Failure(CommandStatus.NotFound, "child.not-found", survivor is null ? "$.survivorId" : "$.mergedId", "There is no such child record.");
            }

            if (new[] { survivor, merged }.FirstOrDefault(r => r.MergedIntoId is not null) is { } already)
            {
                return CommandResult<ChildMergeResult>.Failure(CommandStatus.NotAllowed, "child.already-merged", already == survivor ? "$.survivorId" : "$.mergedId",
                    $"The record of {already.Name} was already merged into another record; merge with that record instead.");
            }

            var changes = await MergeChangesAsync(request, survivor, merged, cancellationToken);
            if (changes.Moved.Count == 0 && changes.Sets.Count == 0)
            {
                return CommandResult<ChildMergeResult>.Failure(CommandStatus.NotAllowed, "child.no-cases", "$.mergedId", "Neither record has a case to carry the merge; nothing was changed.");
            }

            if (await _runner.SaveAsync(changes.Sets, "MergeChildren", cancellationToken) == SaveOutcome.Saved)
            {
                return CommandResult<ChildMergeResult>.Success(new ChildMergeResult(survivor, merged, changes.Moved));
            }
        }

        return CommandResult<ChildMergeResult>.Failure(CommandStatus.Conflict, "child.conflict", "$",
            "Someone else changed these records or their cases at the same moment, so the merge was not saved. Reload and try again.");
    }

    // Each case of either record journals the merge; the merged record's cases also move. The
    // records' own changes ride on the first change set, under their versions.
    private async Task<(List<CaseChangeSet> Sets, List<Guid> Moved)> MergeChangesAsync(MergeChildrenCommand request, ChildRecord survivor, ChildRecord merged, CancellationToken cancellationToken)
    {
        var now = _runner.Time.GetUtcNow();
        var sets = new List<CaseChangeSet>();
        var moved = new List<Guid>();
        var entry = new JsonObject
        {
            ["survivorId"] = survivor.Id,
            ["survivorName"] = survivor.Name,
            ["mergedId"] = merged.Id,
            ["mergedName"] = merged.Name,
            ["reason"] = request.Reason,
        };
        foreach (var childId in new[] { merged.Id, survivor.Id })
        {
            foreach (var listed in await _runner.Store.ListByChildAsync(childId, cancellationToken))
            {
                // Loaded whole (timers and escalations too), so saving it plans nothing twice.
                var state = await _runner.Store.LoadAsync(listed.Id, cancellationToken);
                if (state is null)
                {
                    continue;
                }

                var workflow = await _runner.Workflows.GetAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken)
                    ?? throw new WorkflowFaultException($"Case {state.Id} runs workflow '{state.WorkflowKey}' version {state.WorkflowVersion}, which is not stored.");
                var @case = new Case(state, workflow, now, request.Actor, isNew: false, _runner.Navigator.Notices(workflow));
                @case.RecordChildMerge(survivor.Id, childId == merged.Id, (JsonObject)entry.DeepClone());
                if (childId == merged.Id)
                {
                    moved.Add(state.Id);
                }

                sets.AddRange(_runner.ChangesOf(@case).Take(1));
            }
        }

        if (sets.Count > 0)
        {
            var expected = merged.Version;
            merged.MergedIntoId = survivor.Id;
            merged.MergedAt = now;
            merged.MergedBy = request.Actor;
            merged.MergeReason = request.Reason;
            merged.Version = expected + 1;
            sets[0].ModifiedChildren.Add((merged, expected));
            // The survivor's version moves too, so a merge of the survivor elsewhere at the same moment fails one of the two.
            survivor.Version++;
            sets[0].ModifiedChildren.Add((survivor, survivor.Version - 1));
        }

        return (sets, moved);
    }
}
