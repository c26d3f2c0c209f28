using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// A task page: the case in brief, the form its definition asks for, claim and release, and the
/// manager's tools (reassign, extend, escalate by hand). Need-to-know: only the owning agency, and
/// leads and admins, see it.
/// </summary>
[Route("/cases/{caseId:guid}/tasks/{taskId:guid}")]
public sealed class TaskController(CaseService cases, ReferenceData reference, CalendarCatalogue calendars, PeopleDirectory people, TimeProvider time) : PageController
{
    // The task page lives in the Tasks feature folder beside the inbox.
    private const string ShowView = "/Features/Tasks/Show.cshtml";

    /// <summary>The task page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid caseId, Guid taskId, CancellationToken cancellationToken)
    {
        var people = await PeopleOfAsync(caseId, taskId, cancellationToken);
        return await ShowTaskAsync(caseId, taskId, (state, task, workflow) => View(ShowView, Build(state, task, workflow) with { People = people }), cancellationToken);
    }

    // The page shows the child's name, date of birth and the task's form data: a disclosure. It is
    // read, checked and recorded on one load of the case.
    private async Task<IActionResult> ShowTaskAsync(Guid caseId, Guid taskId,
        Func<CaseState, CaseTask, Core.Definitions.WorkflowDefinition, IActionResult> show, CancellationToken cancellationToken)
    {
        var me = Me;
        var noSuchTask = false;
        var signOff = await SignOffAgenciesAsync(caseId, taskId, cancellationToken);
        var (state, instead) = await ReadCaseAsync(cases, caseId, "Opened a task page", s =>
        {
            // No task, nothing shown and no view recorded: the page is "not found", as it always was.
            var found = s.Tasks.Find(t => t.Id == taskId);
            noSuchTask = found is null;
            return found is not null && TaskAccess.CanSee(me, found, signOff);
        }, cancellationToken);
        if (noSuchTask)
        {
            return Missing();
        }

        if (state is null)
        {
            return instead!;
        }

        var task = state.Tasks.Find(t => t.Id == taskId)!;
        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        return workflow is null ? Missing() : show(state, task, workflow);
    }

    /// <summary>
    /// Takes the task. A task a colleague holds is taken over only once the worker confirms
    /// (<paramref name="confirm"/> = yes); the journal records whom it was taken from.
    /// </summary>
    [HttpPost("claim")]
    public async Task<IActionResult> Claim(Guid caseId, Guid taskId, string? confirm, CancellationToken cancellationToken)
    {
        var held = (await cases.GetAsync(caseId, cancellationToken))?.Tasks.Find(t => t.Id == taskId)?.AssignedTo;
        if (held is not null && held != Me.UserName && confirm != "yes")
        {
            return await ShowTaskAsync(caseId, taskId, (state, task, workflow) => View(ShowView, Build(state, task, workflow) with { ConfirmTakeOver = true }), cancellationToken);
        }

        return await WorkAsync(caseId, taskId, me => cases.ClaimTaskAsync(caseId, taskId, me, cancellationToken),
            held is not null && held != Me.UserName ? "You took this task over. It is now assigned to you." : "You claimed this task. It is now assigned to you.", cancellationToken);
    }

    /// <summary>Gives the task back to the agency's queue.</summary>
    [HttpPost("release")]
    public Task<IActionResult> Release(Guid caseId, Guid taskId, CancellationToken cancellationToken) =>
        WorkAsync(caseId, taskId, me => cases.ReleaseTaskAsync(caseId, taskId, me, cancellationToken), "You released this task. Anyone in the team can now claim it.", cancellationToken);

    /// <summary>Completes the task with an outcome and the form's answers; the case moves on.</summary>
    [HttpPost("complete")]
    public async Task<IActionResult> Complete(Guid caseId, Guid taskId, string? outcome, long? version, CancellationToken cancellationToken) =>
        await WithTaskAsync(caseId, taskId, async (state, task, workflow) =>
        {
            if (!MayWork(task))
            {
                return Refuse();
            }

            var definition = workflow.Stages.SelectMany(s => s.Tasks).First(t => t.Key == task.TaskKey);
            var (data, unreadable) = TaskForm.Read(definition, Request.Form);
            foreach (var (field, message) in unreadable)
            {
                ModelState.AddModelError(field, message);
            }

            if (unreadable.Count == 0)
            {
                var result = await cases.CompleteTaskAsync(new CompleteTaskCommand(caseId, taskId, outcome ?? string.Empty, data, Me.UserName, version)
                {
                    Acknowledged = [.. Request.Form[TaskForm.AcknowledgeName].OfType<string>()],
                }, cancellationToken);
                if (result.Succeeded)
                {
                    var chosen = definition.Outcomes.FirstOrDefault(o => o.Key == outcome)?.Label ?? outcome;
                    TempData[Banner.Key] = $"You completed {task.Title} for {state.Child.Name}. Outcome: {chosen}.";
                    return Redirect($"/cases/{caseId}");
                }

                if (result.Status is CommandStatus.Conflict or CommandStatus.NotAllowed or CommandStatus.NotFound)
                {
                    // What was typed stays on the page: the form shows it again, or, when the task
                    // can no longer be completed, it is listed as not saved.
                    return await ConflictAsync(caseId, taskId, result, cancellationToken, Request.Form, outcome);
                }

                ShowErrors(result.Errors, path => TaskForm.FieldFor(definition, path));
                if (result.Status == CommandStatus.Unavailable)
                {
                    // A rule set or workflow the stage needs is not published: the answers stay on the form, unsaved.
                    Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return View(ShowView, Build(state, task, workflow, Request.Form, outcome));
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ShowView, Build(state, task, workflow, Request.Form, outcome));
        }, cancellationToken);

    /// <summary>Someone of the agency the task was passed to accepts it.</summary>
    [HttpPost("accept")]
    public Task<IActionResult> Accept(Guid caseId, Guid taskId, CancellationToken cancellationToken) =>
        AnswerHandoverAsync(caseId, taskId, me => cases.AcceptHandoverAsync(caseId, taskId, Me.Agency, me, null, cancellationToken),
            "You accepted this task. Your agency now answers for it.", cancellationToken);

    /// <summary>Someone of the agency the task was passed to declines it, saying why; it goes back to the sender and is escalated.</summary>
    [HttpPost("decline")]
    public Task<IActionResult> Decline(Guid caseId, Guid taskId, string? reason, CancellationToken cancellationToken) =>
        AnswerHandoverAsync(caseId, taskId, me => cases.DeclineHandoverAsync(caseId, taskId, reason?.Trim() ?? string.Empty, Me.Agency, me, null, cancellationToken),
            "You declined this task. It is back with the agency that sent it, and it has been escalated.", cancellationToken);

    /// <summary>Someone of an agency an outcome needs signs the task off for that agency.</summary>
    [HttpPost("sign-off")]
    public async Task<IActionResult> SignOff(Guid caseId, Guid taskId, CancellationToken cancellationToken) =>
        await WithTaskAsync(caseId, taskId, async (_, _, _) =>
        {
            var result = await cases.SignOffTaskAsync(caseId, taskId, Me.Agency, Me.UserName, null, cancellationToken);
            if (!result.Succeeded)
            {
                return await ConflictAsync(caseId, taskId, result, cancellationToken);
            }

            TempData[Banner.Key] = $"You signed this task off for {reference.AgenciesByKey.GetValueOrDefault(Me.Agency)?.Name ?? Me.Agency}.";
            return Redirect($"/cases/{caseId}/tasks/{taskId}");
        }, cancellationToken);

    private async Task<IActionResult> AnswerHandoverAsync(Guid caseId, Guid taskId, Func<string, Task<CommandResult<CaseState>>> act, string done, CancellationToken cancellationToken) =>
        await WithTaskAsync(caseId, taskId, async (state, task, workflow) =>
        {
            if (!task.AwaitsAcceptance || task.Agency != Me.Agency)
            {
                return Refuse();
            }

            var result = await act(Me.UserName);
            if (result.Succeeded)
            {
                TempData[Banner.Key] = done;
                var after = result.Value!.Tasks.Find(t => t.Id == taskId);
                return Redirect(after is not null && TaskAccess.CanWork(Me, after) ? $"/cases/{caseId}/tasks/{taskId}" : "/tasks");
            }

            if (result.Status is CommandStatus.Conflict or CommandStatus.NotAllowed or CommandStatus.NotFound or CommandStatus.Forbidden)
            {
                return await ConflictAsync(caseId, taskId, result, cancellationToken);
            }

            ShowErrors(result.Errors, _ => "decline-reason");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ShowView, Build(state, task, workflow) with { Posted = new Dictionary<string, string> { ["decline-reason"] = Request.Form["reason"].ToString() } });
        }, cancellationToken);

    /// <summary>A manager gives the task to another agency, role or person, with a reason.</summary>
    [HttpPost("reassign")]
    public Task<IActionResult> Reassign(Guid caseId, Guid taskId, string? agency, string? role, string? assignTo, string? reason, CancellationToken cancellationToken) =>
        ManageAsync(caseId, taskId, async me =>
            {
                var target = reference.AgenciesByKey.GetValueOrDefault(agency ?? string.Empty);
                if (target is not null && await ReassignPersonCheck.CheckAsync(people, assignTo, target.Key, target.Name, cancellationToken) is { } unknown)
                {
                    return CommandResult<CaseState>.Failure(CommandStatus.Invalid, unknown.Code, unknown.Path, unknown.Message);
                }

                return await cases.ReassignTaskAsync(
                    new ReassignTaskCommand(caseId, taskId, agency ?? string.Empty, string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
                        string.IsNullOrWhiteSpace(assignTo) ? null : assignTo.Trim(), reason?.Trim() ?? string.Empty, me), cancellationToken);
            },
            path => path switch { "$.agency" => "reassign-agency", "$.role" => "reassign-role", "$.person" => "reassign-person", _ => "reassign-reason" },
            "You reassigned this task.", cancellationToken);

    /// <summary>A manager extends the due date to the end of a later working day, with a reason from the list.</summary>
    [HttpPost("extend")]
    public Task<IActionResult> Extend(Guid caseId, Guid taskId, string? reason, string? note, CancellationToken cancellationToken)
    {
        var (day, month, year) = (Request.Form["extend-date-day"].ToString().Trim(), Request.Form["extend-date-month"].ToString().Trim(), Request.Form["extend-date-year"].ToString().Trim());
        return ManageAsync(caseId, taskId, async me =>
        {
            var state = await cases.GetAsync(caseId, cancellationToken);
            var workflow = state is null ? null : await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
            var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            var (newDue, errors) = ExtensionForm.Check(day, month, year, new PageCalendar(calendars).For(workflow?.Calendar).EndOfWorkingDayOn, reason, trimmed,
                reference.GetChoiceList(ExtendDueHandler.ExtensionReasonsList) ?? [], state?.Tasks.Find(t => t.Id == taskId)?.DueAt ?? DateTimeOffset.MinValue, time.GetUtcNow());
            return errors.Count > 0 || newDue is null
                ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors)
                : await cases.ExtendDueAsync(new ExtendDueCommand(caseId, taskId, newDue.Value, reason ?? string.Empty, trimmed, me), cancellationToken);
        }, path => path switch { "$.newDueAt" => "extend-date-day", "$.note" => "extend-note", _ => "extend-reason" }, "You extended the due date of this task.", cancellationToken);
    }

    /// <summary>Escalates the task one level up by hand, saying why.</summary>
    [HttpPost("escalate")]
    public Task<IActionResult> Escalate(Guid caseId, Guid taskId, string? reason, CancellationToken cancellationToken) =>
        ManageAsync(caseId, taskId, me => cases.EscalateByHandAsync(caseId, taskId, reason?.Trim() ?? string.Empty, me, cancellationToken),
            _ => "escalate-reason", "You escalated this task one level up its ladder.", cancellationToken);

    private async Task<IActionResult> WorkAsync(Guid caseId, Guid taskId, Func<string, Task<CommandResult<CaseState>>> act, string done, CancellationToken cancellationToken) =>
        await WithTaskAsync(caseId, taskId, async (_, task, _) =>
        {
            if (!MayWork(task))
            {
                return Refuse();
            }

            var result = await act(Me.UserName);
            if (!result.Succeeded)
            {
                return await ConflictAsync(caseId, taskId, result, cancellationToken);
            }

            TempData[Banner.Key] = done;
            return Redirect($"/cases/{caseId}/tasks/{taskId}");
        }, cancellationToken);

    private async Task<IActionResult> ManageAsync(Guid caseId, Guid taskId, Func<string, Task<CommandResult<CaseState>>> act, Func<string, string> fieldFor, string done,
        CancellationToken cancellationToken) =>
        await WithTaskAsync(caseId, taskId, async (state, task, workflow) =>
        {
            if (!MayManage(task))
            {
                return Refuse();
            }

            var result = await act(Me.UserName);
            if (result.Succeeded)
            {
                TempData[Banner.Key] = done;
                var after = result.Value!.Tasks.Find(t => t.Id == taskId);
                return Redirect(after is not null && TaskAccess.CanSee(Me, after, SignOffAgencies(workflow, after)) ? $"/cases/{caseId}/tasks/{taskId}" : TaskAccess.IsManagerOrAbove(Me) ? "/escalations" : "/tasks");
            }

            var posted = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            if (result.Status is CommandStatus.Conflict or CommandStatus.NotAllowed or CommandStatus.NotFound)
            {
                return await ConflictAsync(caseId, taskId, result, cancellationToken, managerPosted: posted);
            }

            ShowErrors(result.Errors, fieldFor);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ShowView, await WithPeopleAsync(Build(state, task, workflow) with { Posted = posted }, cancellationToken));
        }, cancellationToken);

    private async Task<IActionResult> ConflictAsync(Guid caseId, Guid taskId, CommandResult<CaseState> result, CancellationToken cancellationToken,
        IFormCollection? typed = null, string? outcome = null, IReadOnlyDictionary<string, string>? managerPosted = null)
    {
        var message = result.Status == CommandStatus.Conflict
            ? "Someone else changed this task while you were working on it, so nothing was saved. What you typed is still below: check the task as it is now before you send it again."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        var people = await PeopleOfAsync(caseId, taskId, cancellationToken);
        return await ShowTaskAsync(caseId, taskId, (state, task, workflow) =>
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var view = (typed is null ? Build(state, task, workflow) : Build(state, task, workflow, typed, outcome)) with { Conflict = message, People = people };
            return View(ShowView, managerPosted is null ? view : view with { Posted = managerPosted });
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<Person>> PeopleOfAsync(Guid caseId, Guid taskId, CancellationToken cancellationToken)
    {
        var agency = (await cases.GetAsync(caseId, cancellationToken))?.Tasks.Find(t => t.Id == taskId)?.Agency;
        return agency is null ? [] : await people.InAgencyAsync(agency, cancellationToken);
    }

    private async Task<TaskPageView> WithPeopleAsync(TaskPageView view, CancellationToken cancellationToken) =>
        view.CanManage ? view with { People = await people.InAgencyAsync(view.Task.Agency, cancellationToken) } : view;

    private async Task<IActionResult> WithTaskAsync(Guid caseId, Guid taskId,
        Func<CaseState, CaseTask, Core.Definitions.WorkflowDefinition, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        var state = await cases.GetAsync(caseId, cancellationToken);
        var task = state?.Tasks.Find(t => t.Id == taskId);
        if (state is null || task is null)
        {
            return Missing();
        }

        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        if (workflow is null)
        {
            return Missing();
        }

        return TaskAccess.CanSee(Me, task, SignOffAgencies(workflow, task)) ? await show(state, task, workflow) : Refuse();
    }

    // The agencies an outcome of the task needs a sign-off from may see its page, so they can sign.
    private async Task<IReadOnlyList<string>> SignOffAgenciesAsync(Guid caseId, Guid taskId, CancellationToken cancellationToken)
    {
        var state = await cases.GetAsync(caseId, cancellationToken);
        var task = state?.Tasks.Find(t => t.Id == taskId);
        var workflow = state is null ? null : await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        return task is null || workflow is null ? [] : SignOffAgencies(workflow, task);
    }

    private static IReadOnlyList<string> SignOffAgencies(Core.Definitions.WorkflowDefinition workflow, CaseTask task) =>
        workflow.Stages.SelectMany(s => s.Tasks).FirstOrDefault(t => t.Key == task.TaskKey) is { } definition ? SignOffs.AgenciesFor(definition) : [];

    // The same rules as the API's (Access/TaskAccess): a task's own agency sees and works it.
    private bool MayWork(CaseTask task) => TaskAccess.CanWork(Me, task);

    private bool MayManage(CaseTask task) => TaskAccess.CanManage(Me, task.Agency);

    private string AgencyName(string key) => reference.AgenciesByKey.GetValueOrDefault(key)?.Name ?? key;

    private TaskPageView Build(CaseState state, CaseTask task, Core.Definitions.WorkflowDefinition workflow, IFormCollection? posted = null, string? outcome = null)
    {
        var definition = workflow.Stages.SelectMany(s => s.Tasks).First(t => t.Key == task.TaskKey);
        var calendar = new PageCalendar(calendars).For(workflow.Calendar);
        var english = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        return new TaskPageView
        {
            CaseId = state.Id,
            Reference = CaseReference.Of(state.Id),
            ChildName = state.Child.Name,
            ChildBorn = state.Child.DateOfBirth?.ToString("d MMMM yyyy", english),
            StageName = workflow.Stages.FirstOrDefault(s => s.Key == state.StageKey)?.Name ?? state.StageKey,
            Task = task,
            Definition = definition,
            AgencyName = reference.AgenciesByKey.TryGetValue(task.Agency, out var agency) ? agency.Name : task.Agency,
            Due = task.IsActive ? DueWords.Describe(task.DueAt, time.GetUtcNow(), calendar) : "finished",
            DueAt = DueWords.When(task.DueAt, calendar),
            Fields = TaskForm.Fields(definition, reference, posted, task.Data, task.IsActive ? state.Facts : null),
            Outcome = posted is null ? task.Outcome : outcome,
            Warnings = TaskForm.Warnings(definition, reference, posted),
            Acknowledged = posted is null ? [] : [.. posted[TaskForm.AcknowledgeName].OfType<string>()],
            CanWork = task.IsActive && !task.AwaitsAcceptance && MayWork(task),
            HandoverFromName = task.AwaitsAcceptance ? AgencyName(task.HandoverFrom!) : null,
            CanAnswerHandover = task.AwaitsAcceptance && task.Agency == Me.Agency,
            SignOffRows = [.. SignOffs.AgenciesFor(definition).Select(a => task.SignOffs.Find(s => s.Agency == a) is { } signed
                ? new SignOffRow(AgencyName(a), signed.By, DueWords.When(signed.At, calendar))
                : new SignOffRow(AgencyName(a), null, null))],
            SignOffAs = task.IsActive && SignOffs.AgenciesFor(definition).Contains(Me.Agency) && !task.SignOffs.Exists(s => s.Agency == Me.Agency) ? AgencyName(Me.Agency) : null,
            CanManage = task.IsActive && MayManage(task),
            Me = Me.UserName,
            Agencies = reference.Agencies,
            ExtensionReasons = reference.GetChoiceList(CaseService.ExtensionReasonsList) ?? [],
            Referral = ReferralWords.Of(state, reference, calendar),
            Decisions = [.. state.Tasks.Where(t => t.Status == CaseTaskStatus.Completed && t.Id != task.Id).OrderBy(t => t.ClosedAt)
                .Select(t => (t.Title,
                    workflow.Stages.SelectMany(s => s.Tasks).FirstOrDefault(d => d.Key == t.TaskKey)?.Outcomes.FirstOrDefault(o => o.Key == t.Outcome)?.Label ?? t.Outcome ?? "None",
                    t.ClosedBy, t.ClosedAt is { } at ? DueWords.When(at, calendar) : null))],
        };
    }
}
