using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Panels;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Panels;

namespace WorkflowEngine.Web.Api.Panels;

/// <summary>
/// MACE panel sittings: the list from the panel calendar, a sitting with its agenda (summaries
/// recorded in each case's disclosure log), and what the coordinator and chair record on it.
/// </summary>
[Route("api/panels/sittings")]
public sealed class PanelsController(PanelService panels, PanelDisclosure disclosure) : EngineApiController
{
    private const string NotRunning = "Only the MACE coordinator, the MACE chair or a safeguarding lead records a panel sitting.";

    /// <summary>The next and recent sittings.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<SittingListResponse>> List(CancellationToken cancellationToken) =>
        [.. (await panels.ListAsync(cancellationToken: cancellationToken))
            .Select(s => new SittingListResponse(s.Date, s.StartsAt, s.AgendaClosesAt, SittingResponse.StatusWord(s.Status), s.Cases))];

    /// <summary>A sitting; panel members attending it see the summaries of the cases on its agenda.</summary>
    [HttpGet("{date}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<SittingResponse>> Get(string date, CancellationToken cancellationToken)
    {
        if (await SittingAsync(date, cancellationToken) is not { } sitting)
        {
            return NotFoundProblem($"The {panels.Schedule.Name} does not sit on '{date}'.");
        }

        var caller = Caller;
        if (!PanelAccess.CanSeeAgenda(caller, sitting))
        {
            return Forbidden("Only members of the panel attending this sitting see its agenda.");
        }

        return SittingResponse.From(sitting, panels.Schedule, await disclosure.SummariesAsync(sitting, caller, cancellationToken));
    }

    /// <summary>Puts a case on the agenda.</summary>
    [HttpPost("{date}/agenda")]
    public Task<ActionResult<SittingResponse>> AddToAgenda(string date, AgendaRequest request, CancellationToken cancellationToken) =>
        RunAsync(date, d => request.CaseId is { } caseId
            ? panels.AddToAgendaAsync(d, caseId, Caller.UserName, cancellationToken)
            : Task.FromResult(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, "agenda.case-required", "$.caseId", "Choose the case to put on the agenda.")));

    /// <summary>Records someone present, or their apologies.</summary>
    [HttpPost("{date}/attendance")]
    public Task<ActionResult<SittingResponse>> Attend(string date, AttendanceRequest request, CancellationToken cancellationToken) =>
        RunAsync(date, d => panels.RecordAttendanceAsync(d, request.Agency ?? string.Empty, request.Name ?? string.Empty, request.Apologies, Caller.UserName, cancellationToken));

    /// <summary>Records the discussion of a case and the risk level agreed.</summary>
    [HttpPut("{date}/agenda/{caseId:guid}/discussion")]
    public Task<ActionResult<SittingResponse>> Discuss(string date, Guid caseId, DiscussionRequest request, CancellationToken cancellationToken) =>
        RunAsync(date, d => panels.RecordDiscussionAsync(d, caseId, request.Notes, request.RiskLevel ?? string.Empty, Caller.UserName, cancellationToken));

    /// <summary>Adds an action for a case.</summary>
    [HttpPost("{date}/agenda/{caseId:guid}/actions")]
    public Task<ActionResult<SittingResponse>> AddAction(string date, Guid caseId, ActionRequest request, CancellationToken cancellationToken) =>
        RunAsync(date, d => panels.AddActionAsync(d, caseId, request.Agency ?? string.Empty, request.Text ?? string.Empty, request.DueOn, Caller.UserName, cancellationToken));

    /// <summary>The chair confirms the minutes: they are locked and each case's panel task completed.</summary>
    [HttpPost("{date}/confirm")]
    public Task<ActionResult<SittingResponse>> Confirm(string date, CancellationToken cancellationToken) =>
        RunAsync(date, d => panels.ConfirmMinutesAsync(d, Caller.UserName, cancellationToken), PanelAccess.CanConfirm,
            "Only the MACE chair or a safeguarding lead confirms the minutes.");

    /// <summary>Records a correction to confirmed minutes.</summary>
    [HttpPost("{date}/corrections")]
    public Task<ActionResult<SittingResponse>> Correct(string date, CorrectionRequest request, CancellationToken cancellationToken) =>
        RunAsync(date, d => panels.CorrectMinutesAsync(d, request.CaseId, request.Text ?? string.Empty, Caller.UserName, cancellationToken));

    private async Task<ActionResult<SittingResponse>> RunAsync(string date, Func<DateOnly, Task<CommandResult<PanelSitting>>> change,
        Func<Viewer, bool>? allowed = null, string refusal = NotRunning)
    {
        if (!(allowed ?? PanelAccess.CanRun)(Caller))
        {
            return Forbidden(refusal);
        }

        if (!TryDate(date, out var day))
        {
            return NotFoundProblem($"'{date}' is not a date (write it as yyyy-mm-dd).");
        }

        var result = await change(day);
        return result.Succeeded
            ? SittingResponse.From(result.Value!, panels.Schedule, new Dictionary<Guid, PanelCaseSummary>())
            : Failed(result);
    }

    private async Task<PanelSitting?> SittingAsync(string date, CancellationToken cancellationToken) =>
        TryDate(date, out var day) ? await panels.GetAsync(day, cancellationToken) : null;

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
