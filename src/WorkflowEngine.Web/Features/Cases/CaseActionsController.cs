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
public sealed class CaseActionsController(CaseService cases, ReadCaseHandler reads, WorkflowCatalogue workflows, CalendarCatalogue calendars, TimeProvider time) : PageController
{
    /// <summary>The form to start a linked track.</summary>
    [HttpGet("tracks/new")]
    public Task<IActionResult> NewTrack(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to start a linked track", false, async (state, page) => View(In("StartTrack"), page with { Choices = await TracksAsync(state, cancellationToken) }), cancellationToken);

    /// <summary>Starts the chosen linked track for the same child.</summary>
    [HttpPost("tracks")]
    public Task<IActionResult> StartTrack(Guid caseId, string? workflow, string? reason, [FromServices] StartTrackHandler handler, CancellationToken cancellationToken) =>
        ActAsync(caseId, false, "StartTrack", async access =>
        {
            // The form's own checks (every field at once) need the case's tracks and its calendar, so the
            // case is read first here; the command still checks need-to-know on the snapshot it changes.
            var (state, pinned) = await CurrentAsync(caseId, cancellationToken);
            if (state is null)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotFound, "case.not-found", "$.caseId", "There is no such case.");
            }

            var zone = new PageCalendar(calendars).For(pinned?.Calendar).TimeZone;
            var occurred = TrackTime.Read(Form("occurred-day"), Form("occurred-month"), Form("occurred-year"), Form("occurred-time"), zone);
            var (at, errors) = TrackForm.Check(workflow, reason, occurred, await TracksAsync(state, cancellationToken), time.GetUtcNow());
            return errors.Count > 0
                ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors)
                : await handler.HandleAsync(new StartTrackCommand(caseId, workflow ?? string.Empty, reason?.Trim() ?? string.Empty, Me.UserName, at, access), cancellationToken);
        },
        path => path switch { "$.workflow" => "workflow", "$.occurredAt" => "occurred-day", _ => "reason" },
        result => Task.FromResult($"You started a linked track: {result.WorkflowKey} for {result.Child.Name}. It is listed under linked tracks."),
        async (state, page) => page with { Choices = await TracksAsync(state, cancellationToken) }, cancellationToken);

    /// <summary>The form to move the case along one of its stage's manual transitions (e.g. bring the review forward).</summary>
    [HttpGet("move")]
    public Task<IActionResult> NewMove(Guid caseId, string? transition, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to move the case by hand", true, async (state, page) =>
            await ManualAsync(state, transition, cancellationToken) is { } move ? View(In("Move"), page with { Transition = move }) : Missing(), cancellationToken);

    /// <summary>Moves the case by hand, with a reason.</summary>
    [HttpPost("move")]
    public Task<IActionResult> Move(Guid caseId, string? transition, string? reason, [FromServices] MoveByHandHandler handler, CancellationToken cancellationToken) =>
        ActAsync(caseId, true, "Move", access => handler.HandleAsync(new(caseId, transition ?? string.Empty, reason?.Trim() ?? string.Empty, Me.UserName, access), cancellationToken),
            _ => "reason", async moved => $"You moved the case: {await MovedAlongAsync(moved, transition, cancellationToken) ?? transition}.",
            async (state, page) => page with { Transition = await ManualAsync(state, transition, cancellationToken) ?? (transition ?? string.Empty, transition ?? string.Empty) }, cancellationToken);

    /// <summary>The form to close the case by hand: it says what closing does and asks why.</summary>
    [HttpGet("close")]
    public Task<IActionResult> NewClose(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to close the case", true, (state, page) => Task.FromResult<IActionResult>(View(In("Close"), page with { OpenTasks = state.Tasks.Count(t => t.IsActive) })), cancellationToken);

    /// <summary>Closes the case by hand, cancelling its open tasks.</summary>
    [HttpPost("close")]
    public Task<IActionResult> Close(Guid caseId, string? reason, [FromServices] CloseCaseHandler handler, CancellationToken cancellationToken) =>
        ActAsync(caseId, true, "Close", access => handler.HandleAsync(new(caseId, reason?.Trim() ?? string.Empty, Me.UserName, access), cancellationToken),
            _ => "reason", closed => Task.FromResult($"You closed the case of {closed.Child.Name}. Its open tasks were cancelled."),
            (state, page) => Task.FromResult(page with { OpenTasks = state.Tasks.Count(t => t.IsActive) }), cancellationToken);

    /// <summary>The form to escalate one of the case's open tasks by hand.</summary>
    [HttpGet("escalate")]
    public Task<IActionResult> NewEscalation(Guid caseId, CancellationToken cancellationToken) =>
        FormAsync(caseId, "Opened the form to escalate a task by hand", false, (state, page) => Task.FromResult<IActionResult>(View(In("Escalate"), page with { Choices = OpenTasks(state) })), cancellationToken);

    /// <summary>Escalates the chosen task one level up its ladder, saying why.</summary>
    [HttpPost("escalate")]
    public Task<IActionResult> Escalate(Guid caseId, string? task, string? reason, [FromServices] EscalateByHandHandler handler, CancellationToken cancellationToken) =>
        ActAsync(caseId, false, "Escalate", access => Guid.TryParse(task, out var taskId)
                ? handler.HandleAsync(new(caseId, taskId, reason?.Trim() ?? string.Empty, Me.UserName, access), cancellationToken)
                : Task.FromResult(CommandResult<CaseState>.Failure(CommandStatus.Invalid, "escalation.task-required", "$.taskId", "Choose the task to escalate.")),
            path => path == "$.reason" ? "reason" : "task", _ => Task.FromResult("You escalated the task one level up its ladder. The people at that level have been told."),
            (state, page) => Task.FromResult(page with { Choices = OpenTasks(state) }), cancellationToken);

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

    // The label of the manual transition the case moved along (the stage it left is no longer current).
    private async Task<string?> MovedAlongAsync(CaseState moved, string? transition, CancellationToken cancellationToken)
    {
        var manual = (await cases.GetWorkflowDefinitionAsync(moved, cancellationToken))?.Stages.SelectMany(s => s.Transitions)
            .Where(t => t.Trigger == TransitionTrigger.Manual && t.Key == transition).OrderBy(t => t.To == moved.StageKey ? 0 : 1).FirstOrDefault();
        return manual is null ? null : manual.Label ?? manual.Key;
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

        var (state, instead) = await ReadCaseAsync(reads, caseId, purpose, s => CaseAccess.CanSee(me, s), cancellationToken);
        if (state is null)
        {
            return instead!;
        }

        return state.Status == CaseStatus.Closed ? Redirect($"/cases/{caseId}") : await show(state, PageOf(state));
    }

    // Runs the command, which checks need-to-know on the snapshot it changes (one load); success goes
    // back to the case with a banner, a refusal shows the form again with what was typed.
    private async Task<IActionResult> ActAsync(Guid caseId, bool managers, string view, Func<CaseAccessCheck, Task<CommandResult<CaseState>>> act,
        Func<string, string> fieldFor, Func<CaseState, Task<string>> done, Func<CaseState, CaseActionPage, Task<CaseActionPage>> fill, CancellationToken cancellationToken)
    {
        var me = Me;
        var access = new PageAccess((state, _) => CaseAccess.CanSee(me, state) && (!managers || TaskAccess.IsManagerOrAbove(me)));
        var result = await act(access.Check);
        if (result.Succeeded)
        {
            TempData[Banner.Key] = await done(result.Value!);
            return Redirect($"/cases/{caseId}");
        }

        if (result.Status == CommandStatus.NotFound && result.Errors.All(e => e.Path == "$.caseId"))
        {
            return Missing();
        }

        if (result.Status == CommandStatus.Forbidden)
        {
            return Refuse();
        }

        // A form the page refused never reached the command, so need-to-know is applied to the case as it is now.
        var (now, _) = await CurrentAsync(caseId, cancellationToken);
        if (now is null)
        {
            return Missing();
        }

        if (!CaseAccess.CanSee(me, now) || (managers && !TaskAccess.IsManagerOrAbove(me)))
        {
            return Refuse();
        }

        var page = await fill(now, PageOf(now) with { Posted = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal) });
        if (result.Status == CommandStatus.Invalid)
        {
            ShowErrors(result.Errors, fieldFor);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(In(view), page);
        }

        Response.StatusCode = result.Status == CommandStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(In(view), page with { Problem = string.Join(" ", result.Errors.Select(e => e.Message)) + " What you typed is still below." });
    }

    // The case as it is now and the workflow version it is pinned to; not a disclosure (nothing is shown from it unchecked).
    private async Task<(CaseState? State, WorkflowDefinition? Workflow)> CurrentAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var state = await cases.GetAsync(caseId, cancellationToken);
        return (state, state is null ? null : await cases.GetWorkflowDefinitionAsync(state, cancellationToken));
    }

    // The forms live beside the case page, in the Cases feature folder.
    private static string In(string view) => $"/Features/Cases/{view}.cshtml";

    private static CaseActionPage PageOf(CaseState state) => new() { CaseId = state.Id, Reference = CaseReference.Of(state.Id), ChildName = state.Child.Name };
}
