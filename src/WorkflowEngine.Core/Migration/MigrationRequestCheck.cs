using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Migration;

/// <summary>
/// Checks a migration request before any case is read: both versions exist, the target is
/// published and not the source, every mapping names stages that exist, and (to migrate) every
/// stage where chosen cases wait that the new version lacks is mapped. Every problem at once.
/// </summary>
internal sealed class MigrationRequestCheck(IDocumentReader documents, WorkflowCatalogue workflows, IRunningCases running)
{
    public async Task<CheckedMigrationRequest> CheckAsync(CaseMigrationRequest request, bool forMigration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<ValidationError>();
        var versions = await documents.ListVersionsAsync(DocumentKind.Workflow, request.WorkflowKey ?? string.Empty, cancellationToken);
        if (versions.Count == 0)
        {
            return new([new("migration.unknown-workflow", "$.workflow", $"There is no workflow called '{request.WorkflowKey}'.")]);
        }

        var source = versions.FirstOrDefault(v => v.Version == request.FromVersion);
        var target = versions.FirstOrDefault(v => v.Version == request.ToVersion);
        if (source is null || source.Status == DocumentStatus.Draft)
        {
            errors.Add(new("migration.unknown-version", "$.fromVersion", $"'{request.WorkflowKey}' has no version {request.FromVersion} that cases run on."));
        }

        if (target is null)
        {
            errors.Add(new("migration.unknown-version", "$.toVersion", $"'{request.WorkflowKey}' has no version {request.ToVersion}."));
        }
        else if (target.Status != DocumentStatus.Published)
        {
            errors.Add(new("migration.target-not-published", "$.toVersion",
                $"Version {request.ToVersion} of '{request.WorkflowKey}' is {target.Status.ToString().ToLowerInvariant()}; cases can only move to a published version."));
        }

        if (request.FromVersion == request.ToVersion)
        {
            errors.Add(new("migration.same-version", "$.toVersion", $"The cases already run on version {request.FromVersion}. Choose another version to move them to."));
        }

        if (forMigration && string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new("reason.required", "$.reason", "Give a reason: it is recorded on every case moved."));
        }
        else if (request.Reason is { } reason && InputLimits.Reason(reason, "$.reason") is { } tooLong)
        {
            errors.AddRange(tooLong.Errors);
        }

        if (errors.Count > 0)
        {
            return new(errors);
        }

        var from = await workflows.GetAsync(request.WorkflowKey!, request.FromVersion, cancellationToken);
        var to = await workflows.GetAsync(request.WorkflowKey!, request.ToVersion, cancellationToken);
        foreach (var stage in request.Stages.Where(s => !from!.Stages.ContainsKey(s)))
        {
            errors.Add(new("migration.unknown-stage", "$.stages", $"Version {request.FromVersion} has no stage '{stage}'."));
        }

        foreach (var (old, next) in request.StageMap)
        {
            if (!from!.Stages.ContainsKey(old))
            {
                errors.Add(new("migration.unknown-stage", $"$.stageMap.{old}", $"Version {request.FromVersion} has no stage '{old}' to map."));
            }
            else if (!to!.Stages.ContainsKey(next))
            {
                errors.Add(new("migration.unknown-stage", $"$.stageMap.{old}", $"Stage '{old}' is mapped to '{next}', which version {request.ToVersion} does not have."));
            }
        }

        if (forMigration && errors.Count == 0)
        {
            errors.AddRange(await UnmappedAsync(request, to!, cancellationToken));
        }

        return errors.Count > 0 ? new(errors) : new([], from, to);
    }

    // A stage where chosen cases wait and that the new version lacks must be mapped before anything moves.
    private async Task<IEnumerable<ValidationError>> UnmappedAsync(CaseMigrationRequest request, CompiledWorkflow to, CancellationToken cancellationToken)
    {
        var counts = await running.CountAsync(request.WorkflowKey, cancellationToken);
        return counts
            .Where(c => c.Version == request.FromVersion && (request.Stages.Count == 0 || request.Stages.Contains(c.Stage)))
            .Where(c => CaseMigrationPlanner.TargetStage(c.Stage, to, request.StageMap) is null)
            .Select(c => new ValidationError("migration.stage-unmapped", $"$.stageMap.{c.Stage}",
                $"{c.Count} running {(c.Count == 1 ? "case waits" : "cases wait")} at stage '{c.Stage}', which version {request.ToVersion} does not have. Choose the stage they go to."));
    }
}
