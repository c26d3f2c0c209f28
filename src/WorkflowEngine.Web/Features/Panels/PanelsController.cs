using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Panels;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Panels;

/// <summary>
/// MACE panel sittings as pages: the list from the panel calendar, and a sitting where the coordinator
/// builds the agenda and the chair records attendance, discussion, risk and actions, then confirms
/// the minutes. Panel members attending see the case summaries (recorded in each disclosure log).
/// </summary>
public sealed class PanelsController(PanelService panels, PanelDisclosure disclosure, PeopleDirectory people, TimeProvider time)
    : PageController
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The next and recent sittings.</summary>
    [HttpGet("/panels")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var listings = await panels.ListAsync(cancellationToken: cancellationToken);
        ViewData["PanelName"] = panels.Schedule.Name;
        ViewData["Now"] = time.GetUtcNow();
        ViewData["When"] = (Func<DateTimeOffset, string>)(instant => DueWords.When(instant, panels.Schedule.Calendar));
        return View(listings);
    }

    /// <summary>A sitting.</summary>
    [HttpGet("/panels/{date}")]
    public Task<IActionResult> Sitting(string date, CancellationToken cancellationToken) => ShowAsync(date, null, cancellationToken);

    /// <summary>Puts a case on the agenda.</summary>
    [HttpPost("/panels/{date}/agenda")]
    public Task<IActionResult> AddToAgenda(string date, Guid? caseId, CancellationToken cancellationToken) =>
        ChangeAsync(date, "agenda", d => caseId is { } id
            ? panels.AddToAgendaAsync(d, id, Me.UserName, cancellationToken)
            : Task.FromResult(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, "agenda.case-required", "$.caseId", "Choose the case to put on the agenda.")),
            path => "add-to-agenda", cancellationToken);

    /// <summary>Records someone present, or their apologies.</summary>
    [HttpPost("/panels/{date}/attendance")]
    public Task<IActionResult> Attend(string date, string? agency, string? name, string? attendance, CancellationToken cancellationToken) =>
        ChangeAsync(date, "attendance", d => panels.RecordAttendanceAsync(d, agency ?? string.Empty, name ?? string.Empty, attendance == "apologies", Me.UserName, cancellationToken),
            path => path switch { "$.agency" => "attendance-agency", "$.name" => "attendance-name", _ => null }, cancellationToken);

    /// <summary>Records the discussion of a case and the risk level agreed.</summary>
    [HttpPost("/panels/{date}/cases/{caseId:guid}/discussion")]
    public Task<IActionResult> Discuss(string date, Guid caseId, string? notes, string? riskLevel, CancellationToken cancellationToken) =>
        ChangeAsync(date, $"discussion-{caseId}", d => panels.RecordDiscussionAsync(d, caseId, notes, riskLevel ?? string.Empty, Me.UserName, cancellationToken),
            path => path switch { "$.riskLevel" => $"risk-{caseId}", "$.notes" => $"notes-{caseId}", _ => null }, cancellationToken);

    /// <summary>Adds an action for a case.</summary>
    [HttpPost("/panels/{date}/cases/{caseId:guid}/actions")]
    public Task<IActionResult> AddAction(string date, Guid caseId, string? agency, string? text, CancellationToken cancellationToken)
    {
        // The GOV.UK date input's three boxes; boxes that do not make a real date are named beside the field.
        var (day, month, year) = (Request.Form["dueOn-day"].ToString().Trim(), Request.Form["dueOn-month"].ToString().Trim(), Request.Form["dueOn-year"].ToString().Trim());
        DateOnly? due = DateParts.TryRead(day, month, year, out var parsed) ? parsed : null;
        var unreadable = due is null && day.Length + month.Length + year.Length > 0;
        return ChangeAsync(date, $"action-{caseId}", d => unreadable
                ? Task.FromResult(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, "action.due-unreadable", "$.dueOn", "The due date must be a real date, like 27 3 2027."))
                : panels.AddActionAsync(d, caseId, agency ?? string.Empty, text ?? string.Empty, due, Me.UserName, cancellationToken),
            path => path switch { "$.agency" => $"action-agency-{caseId}", "$.text" => $"action-text-{caseId}", "$.dueOn" => $"action-due-{caseId}", _ => null },
            cancellationToken);
    }

    /// <summary>The chair confirms the minutes.</summary>
    [HttpPost("/panels/{date}/confirm")]
    public async Task<IActionResult> Confirm(string date, CancellationToken cancellationToken)
    {
        if (!PanelAccess.CanConfirm(Me))
        {
            return Refuse();
        }

        var sitting = TryDate(date, out var day) ? await panels.GetAsync(day, cancellationToken) : null;
        return await ChangeAsync(date, "confirm", d => panels.ConfirmMinutesAsync(d, Me.UserName, cancellationToken),
            path => AgendaField(sitting, path) ?? "confirm", cancellationToken);
    }

    /// <summary>Records a correction to confirmed minutes.</summary>
    [HttpPost("/panels/{date}/corrections")]
    public Task<IActionResult> Correct(string date, Guid? caseId, string? text, CancellationToken cancellationToken) =>
        ChangeAsync(date, "correction", d => panels.CorrectMinutesAsync(d, caseId, text ?? string.Empty, Me.UserName, cancellationToken),
            path => path == "$.text" ? "correction-text" : "correction-case", cancellationToken);

    private async Task<IActionResult> ChangeAsync(string date, string form, Func<DateOnly, Task<CommandResult<PanelSitting>>> change,
        Func<string, string?> fieldFor, CancellationToken cancellationToken)
    {
        if (!PanelAccess.CanRun(Me))
        {
            return Refuse();
        }

        if (!TryDate(date, out var day))
        {
            return Missing();
        }

        var result = await change(day);
        if (result.Succeeded)
        {
            return Redirect($"/panels/{date}");
        }

        if (result.Status == CommandStatus.NotFound && result.Errors[0].Code == "sitting.not-found")
        {
            return Missing();
        }

        ShowErrors(result.Errors, fieldFor);
        Response.StatusCode = result.Status == CommandStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return await ShowAsync(date, form, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string date, string? postedForm, CancellationToken cancellationToken)
    {
        if (!TryDate(date, out var day) || await panels.GetAsync(day, cancellationToken) is not { } sitting)
        {
            return Missing();
        }

        var me = Me;
        if (!PanelAccess.CanSeeAgenda(me, sitting))
        {
            return Refuse();
        }

        var schedule = panels.Schedule;
        var calendar = schedule.Calendar;
        var canRun = PanelAccess.CanRun(me);
        var summaries = await disclosure.SummariesAsync(sitting, me, cancellationToken);
        var names = sitting.Agenda.SelectMany(i => i.Actions.Select(a => a.RecordedBy).Append(i.AgreedBy).Append(i.AddedBy))
            .Append(sitting.ConfirmedBy).Concat(sitting.Corrections.Select(c => c.By));
        return View("Sitting", new SittingPageView
        {
            Sitting = sitting,
            PanelName = schedule.Name,
            DateText = day.ToString("dddd d MMMM yyyy", English),
            StartsText = DueWords.When(schedule.StartOn(day), calendar),
            ClosesText = DueWords.When(schedule.AgendaDeadlineFor(day), calendar),
            Summaries = summaries,
            Candidates = canRun && !sitting.IsLocked ? await panels.CandidatesAsync(sitting, cancellationToken) : [],
            CanRun = canRun,
            CanConfirm = PanelAccess.CanConfirm(me),
            HasSat = time.GetUtcNow() >= schedule.StartOn(day),
            RiskLevels = panels.RiskLevels,
            ActionAgencies = panels.ActionAgencies,
            Agencies = panels.Agencies,
            People = await people.DisplayNamesAsync(names, cancellationToken),
            When = instant => DueWords.When(instant, calendar),
            PostedForm = postedForm,
            Posted = postedForm is null ? new Dictionary<string, string>() : Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString()),
        });
    }

    // "$.agenda[2].riskLevel" names the risk field of the third case on the agenda.
    private static string? AgendaField(PanelSitting? sitting, string path)
    {
        if (sitting is null || !path.StartsWith("$.agenda[", StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(path.AsSpan(9, end - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sitting.Agenda.Count
            ? $"risk-{sitting.Agenda[index].CaseId}"
            : null;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
