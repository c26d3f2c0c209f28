using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Children;

/// <summary>
/// The leads' pages for two records of one child: search by name or reference, choose two, see them
/// side by side, and merge them with a reason. The rules are <see cref="MergeChildrenHandler"/>'s,
/// shared with the API. Safeguarding leads only.
/// </summary>
[Authorize(Roles = AppRoles.Lead)]
public sealed partial class ChildRecordsController(IChildRegistry children, ICaseQueries queries, ILogger<ChildRecordsController> logger) : PageController
{
    private const int MostFound = 50;
    private const string SearchView = "/Features/Children/Search.cshtml";
    private const string CompareView = "/Features/Children/Compare.cshtml";

    /// <summary>Find child records by name or local reference.</summary>
    [HttpGet("/children")]
    public async Task<IActionResult> Search(string? q, CancellationToken cancellationToken)
    {
        if (SearchLimit.Refuses(q, "q", ModelState, "The name or reference"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchView, new ChildSearchView(q!, [], []));
        }

        return View(SearchView, new ChildSearchView(q?.Trim() ?? string.Empty, await FindAsync(q, cancellationToken), []));
    }

    /// <summary>Two records side by side; any other number chosen is refused beside the list.</summary>
    [HttpGet("/children/compare")]
    public async Task<IActionResult> Compare(string? q, [FromQuery] List<Guid>? ids, CancellationToken cancellationToken)
    {
        var chosen = (ids ?? []).Distinct().ToList();
        if (chosen.Count != 2)
        {
            ModelState.AddModelError("ids", "Choose exactly two records to compare");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchView, new ChildSearchView(q?.Trim() ?? string.Empty, await FindAsync(q, cancellationToken), chosen));
        }

        var view = await CompareAsync(chosen[0], chosen[1], null, null, cancellationToken);
        return view is null ? Missing() : View(CompareView, view);
    }

    /// <summary>Merges the record not chosen to stay into the one that is.</summary>
    [HttpPost("/children/merge")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Merge(Guid first, Guid second, string? survivor, string? reason, [FromServices] MergeChildrenHandler handler, CancellationToken cancellationToken)
    {
        var view = await CompareAsync(first, second, survivor, reason, cancellationToken);
        if (view is null)
        {
            return Missing();
        }

        if (!Guid.TryParse(survivor, out var kept) || (kept != first && kept != second))
        {
            ModelState.AddModelError("survivor", "Choose which record stays");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("reason", "Say why these are the same child");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(CompareView, view);
        }

        var merged = kept == first ? second : first;
        var actor = Me.UserName;
        var result = await handler.HandleAsync(new MergeChildrenCommand(kept, merged, reason!.Trim(), actor), cancellationToken);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors, path => path switch { "$.reason" => "reason", "$.survivorId" or "$.mergedId" => "survivor", _ => null });
            Response.StatusCode = result.Status == CommandStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return View(CompareView, view);
        }

        // The merged record keeps who merged it, when and why; the log says so too for the operators' audit trail.
        var moved = result.Value!.MovedCaseIds.Count;
        Merged(logger, merged, kept, actor, moved);
        TempData[Banner.Key] = $"The records were merged: {moved} case(s) moved to the record of {result.Value.Survivor.Name}.";
        return Redirect($"/children?q={Uri.EscapeDataString(result.Value.Survivor.Name)}");
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Child record {Merged} was merged into {Survivor} by {Actor}; {Cases} case(s) moved.")]
    private static partial void Merged(ILogger logger, Guid merged, Guid survivor, string actor, int cases);

    private async Task<IReadOnlyList<ChildColumn>> FindAsync(string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return [];
        }

        var found = await children.SearchAsync(q, MostFound, cancellationToken);
        var columns = new List<ChildColumn>(found.Count);
        foreach (var record in found)
        {
            columns.Add(await ColumnAsync(record, cancellationToken));
        }

        return columns;
    }

    private async Task<ChildCompareView?> CompareAsync(Guid first, Guid second, string? survivor, string? reason, CancellationToken cancellationToken)
    {
        var a = await children.GetAsync(first, cancellationToken);
        var b = await children.GetAsync(second, cancellationToken);
        return a is null || b is null || first == second
            ? null
            : new ChildCompareView(await ColumnAsync(a, cancellationToken), await ColumnAsync(b, cancellationToken), survivor, reason);
    }

    private async Task<ChildColumn> ColumnAsync(ChildRecord record, CancellationToken cancellationToken) =>
        new(record, await queries.SearchAsync(new CaseSearch(ChildId: record.Id, Take: 500), cancellationToken));
}
