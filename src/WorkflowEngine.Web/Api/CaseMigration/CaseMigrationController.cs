using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>
/// Moving running cases of a workflow to another of its versions: a dry run that lists what would
/// change case by case, and the migration. Leads and admins only (they may see every case); a
/// practitioner or manager is refused before any case is read.
/// </summary>
[Route("api/workflows/{key}/migrations")]
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
[Consumes("application/json")]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
public sealed class CaseMigrationController(CaseMigrationService migrations) : EngineApiController
{
    /// <summary>What moving the chosen cases would change, case by case; nothing is written.</summary>
    /// <response code="400">A version, stage or mapping is wrong; each problem names its field.</response>
    /// <response code="404">There is no such workflow.</response>
    [HttpPost("dry-run")]
    [ProducesResponseType<CaseMigrationPreviewResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CaseMigrationPreviewResponse>> DryRun(string key, CaseMigrationBody body, CancellationToken cancellationToken) =>
        Answer(await migrations.DryRunAsync(ToRequest(key, body), cancellationToken), CaseMigrationPreviewResponse.From);

    /// <summary>
    /// Moves every chosen case that can move, each in its own transaction, journalled as
    /// <c>case.migrated</c> with both versions, the mapping and the reason. Run again after a stop:
    /// cases already moved are not chosen again.
    /// </summary>
    /// <response code="400">A version, stage or mapping is wrong, a stage where cases wait has no mapping, or the reason is missing.</response>
    /// <response code="404">There is no such workflow.</response>
    [HttpPost]
    [ProducesResponseType<CaseMigrationOutcomeResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CaseMigrationOutcomeResponse>> Migrate(string key, CaseMigrationBody body, CancellationToken cancellationToken) =>
        Answer(await migrations.MigrateAsync(ToRequest(key, body), cancellationToken: cancellationToken), CaseMigrationOutcomeResponse.From);

    private CaseMigrationRequest ToRequest(string key, CaseMigrationBody body) =>
        new(key, body.FromVersion, body.ToVersion, body.StageMap ?? [], body.Stages ?? [], Caller.UserName, body.Reason);

    private ActionResult<TOut> Answer<T, TOut>(CommandResult<T> result, Func<T, TOut> project) =>
        result.Errors.Any(e => e.Code == "migration.unknown-workflow") ? NotFoundProblem(result.Errors[0].Message) : FromCommand(result, project);
}
