using WorkflowEngine.Core.Calendars;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Web.Features.Dashboard;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Api.Dashboard;

/// <summary>The partnership dashboard's figures for the partnership's own reporting.</summary>
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class DashboardController(IDashboardQueries queries, CalendarCatalogue calendars, TimeProvider time) : EngineApiController
{
    /// <summary>
    /// Every measure for a period: a <c>period</c> of month, quarter or year holding the day <c>on</c>
    /// (today when absent), or <c>custom</c> with <c>from</c> and <c>to</c> (yyyy-mm-dd, both
    /// included); filtered by <c>agency</c>, <c>workflow</c> and <c>risk</c>. Leads and admins see the
    /// partnership; managers their own agency; practitioners are refused.
    /// </summary>
    /// <response code="400">A filter is wrong; <c>errors</c> names the field (<c>period</c>, <c>on</c>, <c>from</c>, <c>to</c>).</response>
    /// <response code="403">Practitioners do not read the dashboard.</response>
    [HttpGet("api/dashboard")]
    [ProducesResponseType<DashboardResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<DashboardResponse>> Get(
        string? period, string? on, string? from, string? to, string? agency, string? workflow, string? risk, CancellationToken cancellationToken)
    {
        var caller = Caller;
        if (!DashboardRequest.MayRead(caller))
        {
            return Forbidden("The dashboard is for leads, the partnership chair, admins and managers.");
        }

        // A custom period is implied by from or to, so an API client need not say period=custom.
        period ??= from is not null || to is not null ? "custom" : null;
        var (query, errors) = new DashboardRequest(period, on, from, to, agency, workflow, risk).ToQuery(caller, time.GetUtcNow(), new PageCalendar(calendars).For().TimeZone);
        if (query is null)
        {
            return Invalid(errors);
        }

        var figures = await queries.GetFiguresAsync(query, cancellationToken);
        return Ok(new DashboardResponse(query.Period.First, query.Period.Last, query.Agency, query.Workflow, query.RiskLevel,
            [.. figures.Figures.Select(ToResponse)],
            figures.Breakdowns));
    }

    private static MeasureResponse ToResponse(MeasureFigure figure)
    {
        var definition = MeasureCatalogue.Find(figure.Key)!;
        return new MeasureResponse(figure.Key, definition.Title, definition.Definition, definition.Unit, figure.Value, figure.Numerator, figure.Denominator);
    }
}
