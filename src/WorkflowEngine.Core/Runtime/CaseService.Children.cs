using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime;

/// <content>One child, one record: a contact joins the child's existing record, and a lead merges two records of one child.</content>
public sealed partial class CaseService
{
    /// <summary>
    /// Which child record a new contact belongs to: the one it matches (followed to the record it was
    /// merged into), or a new record written with the case. A caller that names the child is taken
    /// at its word (the record is made if it has none).
    /// </summary>
    private async Task<(Guid ChildId, ChildMatch? Match, ChildRecord? NewChild)> ResolveChildAsync(OpenCaseCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.ChildId is { } given)
        {
            var known = _children is null || await _children.GetAsync(given, cancellationToken) is not null;
            return (given, null, known ? null : ChildRecord.For(command.Child, given, now));
        }

        var id = Guid.CreateVersion7(now);
        if (_children is null)
        {
            return (id, null, null);
        }

        var candidates = await _children.FindCandidatesAsync(
            ChildMatching.NormaliseReference(command.Child.Reference), ChildMatching.NormaliseName(command.Child.Name), command.Child.DateOfBirth, cancellationToken);
        if (ChildMatching.Match(command.Child, candidates) is not { } match)
        {
            return (id, null, ChildRecord.For(command.Child, id, now));
        }

        var record = match.Record;
        // A bounded walk: merges are refused into a merged record, so chains are short.
        for (var hop = 0; hop < 16 && record.MergedIntoId is { } next; hop++)
        {
            record = await _children.GetAsync(next, cancellationToken) ?? record;
        }

        return (record.Id, match with { Record = record }, null);
    }

    private static JsonObject ChildRecordEntry(Guid childId, ChildMatch? match) => new()
    {
        ["id"] = childId,
        ["matched"] = match is not null,
        ["matchedBy"] = match?.MatchedBy,
    };

    /// <summary>
    /// Merges two records of the same child: every case of the merged record moves to the survivor,
    /// the merged record is kept marked "merged into" it, and each case of either record journals the
    /// merge, all in one transaction. Refused (nothing written) without a reason, for a record merged
    /// into itself, or when either record is already merged.
    /// </summary>
    public async Task<CommandResult<ChildMergeResult>> MergeChildrenAsync(MergeChildrenCommand request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_children is null)
        {
            throw new InvalidOperationException("Merging child records needs the child registry; construct the CaseService with one.");
        }

        if (MissingReason(request.Reason) is { } missing)
        {
            return CommandResult<ChildMergeResult>.Failure(missing.Status, missing.Errors);
        }

        if (request.SurvivorId == request.MergedId)
        {
            return CommandResult<ChildMergeResult>.Failure(CommandStatus.NotAllowed, "child.merge-into-itself", "$.mergedId", "Choose two different records: a record cannot be merged into itself.");
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
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

            if (await SaveAsync(changes.Sets, nameof(MergeChildrenAsync), cancellationToken) == SaveOutcome.Saved)
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
        var now = _time.GetUtcNow();
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
            foreach (var listed in await _store.ListByChildAsync(childId, cancellationToken))
            {
                // Loaded whole (timers and escalations too), so saving it plans nothing twice.
                var state = await _store.LoadAsync(listed.Id, cancellationToken);
                if (state is null)
                {
                    continue;
                }

                var workflow = await _workflows.GetAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken)
                    ?? throw new WorkflowFaultException($"Case {state.Id} runs workflow '{state.WorkflowKey}' version {state.WorkflowVersion}, which is not stored.");
                var command = new CaseCommand(state, workflow, now, request.Actor, isNew: false);
                var data = (JsonObject)entry.DeepClone();
                data["moved"] = childId == merged.Id;
                if (childId == merged.Id)
                {
                    state.ChildId = survivor.Id;
                    moved.Add(state.Id);
                }

                command.Record("child.merged", data);
                sets.AddRange(command.ToChangeSets(_timers, _measures).Take(1));
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
