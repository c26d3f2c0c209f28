using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>
/// The case page's actions: start a linked track, move the case by hand (bring the review forward),
/// close it, escalate one of its tasks. The same commands and access rules as the API: tracks and
/// escalation for anyone who sees the case; moving and closing for managers, leads and admins.
/// </summary>
[Route("/cases/{caseId:guid}")]
public sealed class CaseActionsController(CaseService cases, WorkflowCatalogue workflows, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    /// <summary>The form to start a linked track.</summary>
    [HttpGet("tracks/new")]
    public Task<IActionResult> NewTrack(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to start a linked track", false, async (state, page) => View(In("StartTrack"), page with { Choices = await TracksAsync(state, cancellationToken) }), cancellationToken);

    /// <summary>Starts the chosen linked track for the same child.</summary>
    [HttpPost("tracks")]
    public Task<IActionResult> StartTrack(Guid caseId, string? workflow, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, false, "StartTrack", async (state, me) =>
        {
            var zone = new PageCalendar(calendars).For((await cases.GetWorkflowDefinitionAsync(state, cancellationToken))?.Calendar).TimeZone;
            var occurred = TrackTime.Read(Form("occurred-day"), Form("occurred-month"), Form("occurred-year"), Form("occurred-time"), zone);
            var (at, errors) = TrackForm.Check(workflow, reason, occurred, await TracksAsync(state, cancellationToken), time.GetUtcNow());
            return errors.Count > 0
                ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors)
                : await cases.StartLinkedTrackAsync(new StartTrackCommand(caseId, workflow ?? string.Empty, reason?.Trim() ?? string.Empty, me.UserName, at, MaySee(me)), cancellationToken);
        },
        path => path switch { "$.workflow" => "workflow", "$.occurredAt" => "occurred-day", _ => "reason" },
        (_, result) => $"You started a linked track: {result.WorkflowKey} for {result.Child.Name}. It is listed under linked tracks.",
        async (state, page) => page with { Choices = await TracksAsync(state, cancellationToken) }, cancellationToken);

    /// <summary>The form to move the case along one of its stage's manual transitions (e.g. bring the review forward).</summary>
    [HttpGet("move")]
    public Task<IActionResult> NewMove(Guid caseId, string? transition, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to move the case by hand", true, async (state, page) =>
            await ManualAsync(state, transition, cancellationToken) is { } move ? View(In("Move"), page with { Transition = move }) : Missing(), cancellationToken);

    /// <summary>Moves the case by hand, with a reason.</summary>
    [HttpPost("move")]
    public Task<IActionResult> Move(Guid caseId, string? transition, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, true, "Move", (_, me) => cases.MoveByHandAsync(caseId, transition ?? string.Empty, reason?.Trim() ?? string.Empty, me.UserName, MaySee(me), cancellationToken),
            _ => "reason", (page, _) => $"You moved the case: {page.Transition?.Label ?? transition}.",
            async (state, page) => page with { Transition = await ManualAsync(state, transition, cancellationToken) ?? (transition ?? string.Empty, transition ?? string.Empty) }, cancellationToken);

    /// <summary>The form to close the case by hand: it says what closing does and asks why.</summary>
    [HttpGet("close")]
    public Task<IActionResult> NewClose(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to close the case", true, (state, page) => Task.FromResult<IActionResult>(View(In("Close"), page with { OpenTasks = state.Tasks.Count(t => t.IsActive) })), cancellationToken);

    /// <summary>Closes the case by hand, cancelling its open tasks.</summary>
    [HttpPost("close")]
    public Task<IActionResult> Close(Guid caseId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, true, "Close", (_, me) => cases.CloseCaseAsync(caseId, reason?.Trim() ?? string.Empty, me.UserName, MaySee(me), cancellationToken),
            _ => "reason", (page, _) => $"You closed the case of {page.ChildName}. Its open tasks were cancelled.",
            (state, page) => Task.FromResult(page with { OpenTasks = state.Tasks.Count(t => t.IsActive) }), cancellationToken);

    /// <summary>The form to escalate one of the case's open tasks by hand.</summary>
    [HttpGet("escalate")]
    public Task<IActionResult> NewEscalation(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to escalate a task by hand", false, (state, page) => Task.FromResult<IActionResult>(View(In("Escalate"), page with { Choices = OpenTasks(state) })), cancellationToken);

    /// <summary>Escalates the chosen task one level up its ladder, saying why.</summary>
    [HttpPost("escalate")]
    public Task<IActionResult> Escalate(Guid caseId, string? task, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, false, "Escalate", (_, me) => Guid.TryParse(task, out var taskId)
                ? cases.EscalateByHandAsync(caseId, taskId, reason?.Trim() ?? string.Empty, me.UserName, MaySee(me), cancellationToken)
                : Task.FromResult(CommandResult<CaseState>.Failure(CommandStatus.Invalid, "escalation.task-required", "$.taskId", "Choose the task to escalate.")),
            path => path == "$.reason" ? "reason" : "task", (_, _) => "You escalated the task one level up its ladder. The people at that level have been told.",
            (state, page) => Task.FromResult(page with { Choices = OpenTasks(state) }), cancellationToken);

    private static CaseAccessCheck MaySee(Viewer me) =>
        (state, _) => CaseAccess.CanSee(me, state) ? null : "Your agency has no part in this case, so it is not shown (need to know).";

    private string Form(string name) => Request.Form[name].ToString().Trim();

    private static List<ChoiceOption> OpenTasks(CaseState state) =>
        [.. state.Tasks.Where(t => t.IsActive).OrderBy(t => t.DueAt).Select(t => new ChoiceOption(t.Id.ToString(), t.Title))];

    private async Task<IReadOnlyList<ChoiceOption>> TracksAsync(CaseState state, CancellationToken cancellationToken)
    {
        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        var tracks = new List<ChoiceOption>();
        foreach (var key in workflow?.LinkedWorkflows ?? [])
        {
            tracks.Add(new ChoiceOption(key, (await workflows.GetLatestDefinitionAsync(key, cancellationToken))?.Name ?? key));
        }

        return tracks;
    }

    private async Task<(string, string)?> ManualAsync(CaseState state, string? transition, CancellationToken cancellationToken)
    {
        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        var found = workflow?.Stages.FirstOrDefault(s => s.Key == state.StageKey)?.Transitions
            .FirstOrDefault(t => t.Trigger == TransitionTrigger.Manual && t.Key == transition);
        return found is null ? null : (found.Key, found.Label ?? found.Key);
    }

    // A form page: the case read for someone who may see it (and manage it, when asked), the read recorded.
    private async Task<IActionResult> FormAsync(Guid caseId, string purpose, bool managers, Func<CaseState, CaseActionPage, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        var me = Me;
        if (managers && !TaskAccess.IsManagerOrAbove(me))
        {
            return Refuse();
        }

        var (state, instead) = await ReadCaseAsync(cases, caseId, purpose, s => CaseAccess.CanSee(me, s), cancellationToken);
        if (state is null)
        {
            return instead!;
        }

        return state.Status == CaseStatus.Closed ? Redirect($"/cases/{caseId}") : await show(state, PageOf(state));
    }

    // Runs the command; success goes back to the case with a banner, a refusal shows the form again with what was typed.
    private async Task<IActionResult> ActAsync(Guid caseId, bool managers, string view, Func<CaseState, Viewer, Task<CommandResult<CaseState>>> act,
        Func<string, string> fieldFor, Func<CaseActionPage, CaseState, string> done, Func<CaseState, CaseActionPage, Task<CaseActionPage>> fill, CancellationToken cancellationToken)
    {
        var me = Me;
        var state = await cases.GetAsync(caseId, cancellationToken);
        if (state is null)
        {
            return Missing();
        }

        if (!CaseAccess.CanSee(me, state) || (managers && !TaskAccess.IsManagerOrAbove(me)))
        {
            return Refuse();
        }

        var result = await act(state, me);
        var page = await fill(state, PageOf(state) with { Posted = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal) });
        switch (result.Status)
        {
            case CommandStatus.Succeeded:
                TempData[Banner.Key] = done(page, result.Value!);
                return Redirect($"/cases/{caseId}");
            case CommandStatus.Forbidden:
                return Refuse();
            case CommandStatus.NotFound when result.Errors.All(e => e.Path == "$.caseId"):
                return Missing();
            case CommandStatus.Invalid:
                ShowErrors(result.Errors, fieldFor);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(In(view), page);
            default:
                Response.StatusCode = result.Status == CommandStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return View(In(view), page with { Problem = string.Join(" ", result.Errors.Select(e => e.Message)) + " What you typed is still below." });
        }
    }

    // The forms live beside the case page, in the Cases feature folder.
    private static string In(string view) => $"/Features/Cases/{view}.cshtml";

    private static CaseActionPage PageOf(CaseState state) => new() { CaseId = state.Id, Reference = CaseReference.Of(state.Id), ChildName = state.Child.Name };
}
