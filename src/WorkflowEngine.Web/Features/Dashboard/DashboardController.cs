using WorkflowEngine.Core.Calendars;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>
/// The partnership dashboard: the review's measures for any period, with filters, monthly trends,
/// a drill-down to the cases behind each figure and CSV downloads. Leads (the chair among them)
/// and admins see the whole partnership; managers see their own agency's figures only;
/// practitioners get the refusal page.
/// </summary>
public sealed class DashboardController(IDashboardQueries queries, ReferenceData reference, IDocumentStore documents, CalendarCatalogue calendars, TimeProvider time,
    Core.Tasks.IHandoverQueries handovers) : PageController
{
    private TimeZoneInfo Zone => new PageCalendar(calendars).For().TimeZone;

    /// <summary>The dashboard page.</summary>
    [HttpGet("/dashboard")]
    public async Task<IActionResult> Index([FromQuery] DashboardRequest request, CancellationToken cancellationToken)
    {
        if (!DashboardRequest.MayRead(Me))
        {
            return Refuse();
        }

        (request, var boxErrors) = DashboardDateBoxes.Read(request, Request.Query);
        var (query, errors) = boxErrors.Count > 0 ? (null, boxErrors) : request.ToQuery(Me, time.GetUtcNow(), Zone);
        ModelState.Clear(); // binding keyed the fields "From", "To"; errors name them as the inputs do
        ShowErrors(errors, path => path);
        var report = query is null ? null : await DashboardReport.BuildAsync(queries, query, Zone, cancellationToken);
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Index", await ViewOfAsync(request, report, cancellationToken));
    }

    /// <summary>Every figure and breakdown as CSV.</summary>
    [HttpGet("/dashboard.csv")]
    public async Task<IActionResult> Csv([FromQuery] DashboardRequest request, CancellationToken cancellationToken)
    {
        if (!DashboardRequest.MayRead(Me))
        {
            return Refuse();
        }

        var (query, errors) = request.ToQuery(Me, time.GetUtcNow(), Zone);
        if (query is null)
        {
            return BadRequest(string.Join(" ", errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var report = await DashboardReport.BuildAsync(queries, query, Zone, cancellationToken);
        return File(Encoding.UTF8.GetBytes(DashboardCsv.Figures(report)), "text/csv; charset=utf-8", $"dashboard-{query.Period.First:yyyy-MM-dd}-to-{query.Period.Last:yyyy-MM-dd}.csv");
    }

    /// <summary>The cases behind one figure.</summary>
    [HttpGet("/dashboard/{measure}")]
    public async Task<IActionResult> Cases(string measure, [FromQuery] DashboardRequest request, CancellationToken cancellationToken)
    {
        if (!DashboardRequest.MayRead(Me))
        {
            return Refuse();
        }

        if (MeasureCatalogue.Find(measure) is not { } definition)
        {
            return Missing();
        }

        var (query, errors) = request.ToQuery(Me, time.GetUtcNow(), Zone);
        if (query is null)
        {
            ModelState.Clear();
            ShowErrors(errors, path => path);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await ViewOfAsync(request, null, cancellationToken));
        }

        var rows = await queries.GetCasesAsync(measure, query, cancellationToken: cancellationToken);
        return View("Cases", new DashboardCasesView(definition, request, query, rows, MayName));
    }

    /// <summary>The cases behind one figure as CSV.</summary>
    [HttpGet("/dashboard/{measure}/cases.csv")]
    public async Task<IActionResult> CasesCsv(string measure, [FromQuery] DashboardRequest request, CancellationToken cancellationToken)
    {
        if (!DashboardRequest.MayRead(Me))
        {
            return Refuse();
        }

        if (MeasureCatalogue.Find(measure) is null)
        {
            return Missing();
        }

        var (query, errors) = request.ToQuery(Me, time.GetUtcNow(), Zone);
        if (query is null)
        {
            return BadRequest(string.Join(" ", errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var rows = await queries.GetCasesAsync(measure, query, cancellationToken: cancellationToken);
        return File(Encoding.UTF8.GetBytes(DashboardCsv.Cases(measure, rows, MayName)), "text/csv; charset=utf-8", $"{measure}-cases.csv");
    }

    // Need-to-know: the child's name only for a case the viewer could open.
    private bool MayName(MeasureCase row) => Me.SeesEverything || row.InvolvedAgencies.Contains(Me.Agency);

    private async Task<DashboardView> ViewOfAsync(DashboardRequest request, DashboardReport? report, CancellationToken cancellationToken)
    {
        var workflows = (await documents.ListLatestPublishedAsync(DocumentKind.Workflow, cancellationToken)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        // Counts only, no child: an agency's manager sees its own line, leads and admins every agency's.
        var waiting = (await handovers.WaitingByAgencyAsync(cancellationToken)).Where(w => Me.SeesEverything || w.Agency == Me.Agency).ToList();
        return new DashboardView(request, report, Me.SeesEverything, Me.SeesEverything ? null : Me.Agency,
            reference.Agencies, workflows, reference.GetChoiceList("risk-levels") ?? [], reference.GetChoiceList("disruption-measures") ?? [])
        {
            Handovers = waiting,
            Zone = Zone,
        };
    }
}
