using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.CaseMigration;

/// <summary>
/// The leads' pages for moving running cases to another version of their workflow: choose the
/// versions, map the stages, see the dry run case by case, confirm with a reason. The rules are
/// <see cref="CaseMigrationService"/>'s, shared with the API. Leads and admins only.
/// </summary>
[Authorize(Roles = AppRoles.Lead + "," + AppRoles.Admin)]
public sealed class CaseMigrationPageController(CaseMigrationService migrations, IDocumentReader documents, WorkflowCatalogue workflows, IRunningCases running)
    : PageController
{
    private const string ChooseView = "/Features/CaseMigration/Choose.cshtml";

    /// <summary>Choose the versions and, once chosen, map the stages.</summary>
    [HttpGet("/library/workflows/{key}/migrate")]
    public async Task<IActionResult> Choose(string key, int? from, int? to, CancellationToken cancellationToken)
    {
        var choice = await ChoiceAsync(key, from, to, null, null, null, cancellationToken);
        if (choice is null)
        {
            return Missing();
        }

        if (from is not null && to is not null && from == to)
        {
            ModelState.AddModelError("to", $"The cases already run on version {from}. Choose another version to move them to");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(ChooseView, choice);
    }

    /// <summary>The dry run: what would change, case by case; nothing is written.</summary>
    [HttpPost("/library/workflows/{key}/migrate/dry-run")]
    public async Task<IActionResult> DryRun(string key, int from, int to, Dictionary<string, string>? map, List<string>? stages, CancellationToken cancellationToken)
    {
        var choice = await ChoiceAsync(key, from, to, map, stages, null, cancellationToken);
        if (choice is null)
        {
            return Missing();
        }

        var preview = await migrations.DryRunAsync(RequestOf(choice), cancellationToken);
        if (!preview.Succeeded)
        {
            return Refused(choice, preview);
        }

        return View("/Features/CaseMigration/DryRun.cshtml", new MigrationDryRunView(choice, preview.Value!));
    }

    /// <summary>Moves the cases, with the reason; refused (nothing moved) with every problem beside its field.</summary>
    [HttpPost("/library/workflows/{key}/migrate")]
    public async Task<IActionResult> Migrate(string key, int from, int to, Dictionary<string, string>? map, List<string>? stages, string? reason, CancellationToken cancellationToken)
    {
        var choice = await ChoiceAsync(key, from, to, map, stages, reason, cancellationToken);
        if (choice is null)
        {
            return Missing();
        }

        var outcome = await migrations.MigrateAsync(RequestOf(choice), cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            return View("/Features/CaseMigration/Done.cshtml", new MigrationDoneView(choice, outcome.Value!));
        }

        if (outcome.Errors.All(e => e.Path == "$.reason"))
        {
            // Only the reason is missing: show the dry run again with the error beside the reason.
            ShowErrors(outcome.Errors, FieldOf);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var preview = await migrations.DryRunAsync(RequestOf(choice), cancellationToken);
            return View("/Features/CaseMigration/DryRun.cshtml", new MigrationDryRunView(choice, preview.Value!));
        }

        return Refused(choice, outcome);
    }

    private ViewResult Refused<T>(MigrationChoice choice, CommandResult<T> result)
    {
        ShowErrors(result.Errors, FieldOf);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(ChooseView, choice);
    }

    // The id of the field a problem is about, so the error summary links to it.
    private static string? FieldOf(string path) => path switch
    {
        "$.fromVersion" => "from",
        "$.toVersion" => "to",
        "$.reason" => "reason",
        "$.stages" => "stages",
        _ when path.StartsWith("$.stageMap.", StringComparison.Ordinal) => "map-" + path["$.stageMap.".Length..],
        _ => null,
    };

    private CaseMigrationRequest RequestOf(MigrationChoice choice) =>
        new(choice.Key, choice.From ?? 0, choice.To ?? 0, choice.Map, choice.Stages, Me.UserName, choice.Reason);

    private async Task<MigrationChoice?> ChoiceAsync(string key, int? from, int? to, Dictionary<string, string>? map, List<string>? stages, string? reason,
        CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.Workflow, key, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var fromDefinition = from is { } f && versions.Any(v => v.Version == f && v.Status != DocumentStatus.Draft) ? await workflows.GetDefinitionAsync(key, f, cancellationToken) : null;
        var toDefinition = to is { } t && versions.Any(v => v.Version == t && v.Status == DocumentStatus.Published) ? await workflows.GetDefinitionAsync(key, t, cancellationToken) : null;
        return new MigrationChoice
        {
            Key = key,
            Versions = [.. versions.OrderByDescending(v => v.Version)],
            Running = await running.CountAsync(key, cancellationToken),
            From = from,
            To = to,
            FromDefinition = fromDefinition,
            ToDefinition = toDefinition,
            // "Same stage" is sent as an empty choice: only real mappings are passed on.
            Map = (map ?? []).Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Stages = stages ?? [],
            Reason = reason,
        };
    }
}
