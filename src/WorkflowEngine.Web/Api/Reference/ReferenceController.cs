using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Api.Reference;

/// <summary>Reference data: agencies, choice lists, the fact catalogue. Anyone signed in.</summary>
public sealed class ReferenceController(ReferenceData reference) : EngineApiController
{
    /// <summary>The partnership's agencies and their roles.</summary>
    [HttpGet("api/agencies")]
    [ProducesResponseType<IReadOnlyList<AgencyResponse>>(StatusCodes.Status200OK)]
    public ActionResult<IReadOnlyList<AgencyResponse>> Agencies() => Ok(reference.Agencies.Select(AgencyResponse.From).ToList());

    /// <summary>A choice list, e.g. <c>extension-reasons</c>, <c>disruption-measures</c>, <c>risk-levels</c>.</summary>
    /// <response code="404">There is no such list.</response>
    [HttpGet("api/lists/{key}")]
    [ProducesResponseType<IReadOnlyList<ListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public ActionResult<IReadOnlyList<ListItemResponse>> List(string key) =>
        reference.GetChoiceList(key) is { } items
            ? Ok(items.Select(ListItemResponse.From).ToList())
            : NotFoundProblem($"There is no list '{key}'. Lists: {string.Join(", ", reference.ChoiceLists.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The fact catalogue.</summary>
    [HttpGet("api/facts")]
    [ProducesResponseType<IReadOnlyList<FactResponse>>(StatusCodes.Status200OK)]
    public ActionResult<IReadOnlyList<FactResponse>> Facts() => Ok(reference.Facts.Select(FactResponse.From).ToList());
}
