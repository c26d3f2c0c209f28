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
public sealed class TaskController(CaseService cases, ReadCaseHandler reads, ReferenceData reference, CalendarCatalogue calendars, PeopleDirectory people, TimeProvider time) : PageController
{
    // The task page lives in the Tasks feature folder beside the inbox.
    private const string ShowView = "/Features/Tasks/Show.cshtml";

    /// <summary>The task page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid caseId, Guid taskId, CancellationToken cancellationToken)
    {
        return await ShowTaskAsync(caseId, taskId, async (state, task, workflow) => View(ShowView, Build(state, task, workflow) with { People = await PeopleOfAsync(task, cancellationToken) }),
            cancellationToken);
    }

    // The page shows the child's name, date of birth and the task's form data: a disclosure. It is
    // read, checked and recorded on one load of the case; who signs the task off comes from the
    // workflow the case is pinned to, found first (a read that records nothing).
    private async Task<IActionResult> ShowTaskAsync(Guid caseId, Guid taskId,
        Func<CaseState, CaseTask, Core.Definitions.WorkflowDefinition, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        var me = Me;
        var noSuchTask = false;
        var signOff = await SignOffAgenciesAsync(caseId, taskId, cancellationToken);
        var (state, instead) = await ReadCaseAsync(reads, caseId, "Opened a task page", s =>
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
        return workflow is null ? Missing() : await show(state, task, workflow);
    }

    /// <summary>
    /// Takes the task. A task a colleague holds is taken over only once the worker confirms
    /// (<paramref name="confirm"/> = yes); the journal records whom it was taken from.
    /// </summary>
    [HttpPost("claim")]
    public async Task<IActionResult> Claim(Guid caseId, Guid taskId, string? confirm, [FromServices] ClaimTaskHandler handler, CancellationToken cancellationToken)
    {
        var me = Me;
        var (heldByColleague, unconfirmed) = (false, false);
        var work = new PageAccess((_, task) =>
        {
            // Decided on the snapshot the claim changes: a colleague's task waits for the worker to confirm, and nothing is saved meanwhile.
            heldByColleague = task!.AssignedTo is { } held && held != me.UserName;
            unconfirmed = heldByColleague && confirm != "yes";
            return !unconfirmed && TaskAccess.CanWork(me, task);
        });
        var result = await handler.HandleAsync(new(caseId, taskId, me.UserName, work.Check), cancellationToken);
        if (unconfirmed)
        {
            return await ShowTaskAsync(caseId, taskId, (state, task, workflow) => Task.FromResult<IActionResult>(View(ShowView, Build(state, task, workflow) with { ConfirmTakeOver = true })),
                cancellationToken);
        }

        return await AfterWorkAsync(caseId, taskId, result, work,
            heldByColleague ? "You took this task over. It is now assigned to you." : "You claimed this task. It is now assigned to you.", cancellationToken);
    }

    /// <summary>Gives the task back to the agency's queue.</summary>
    [HttpPost("release")]
    public async Task<IActionResult> Release(Guid caseId, Guid taskId, [FromServices] ReleaseTaskHandler handler, CancellationToken cancellationToken)
    {
        var work = Work();
        var result = await handler.HandleAsync(new(caseId, taskId, Me.UserName, work.Check), cancellationToken);
        return await AfterWorkAsync(caseId, taskId, result, work, "You released this task. Anyone in the team can now claim it.", cancellationToken);
    }

    /// <summary>Completes the task with an outcome and the form's answers; the case moves on.</summary>
    [HttpPost("complete")]
    public async Task<IActionResult> Complete(Guid caseId, Guid taskId, string? outcome, long? version, [FromServices] CompleteTaskHandler handler, CancellationToken cancellationToken)
    {
        // The answers are typed by the form of the workflow version the case is pinned to, so that is
        // read first; who may complete the task is decided by the command, on the snapshot it changes.
        var (state, task, workflow) = await CurrentAsync(caseId, taskId, cancellationToken);
        if (state is null || task is null || workflow is null)
        {
            return Missing();
        }

        var definition = workflow.Stages.SelectMany(s => s.Tasks).First(t => t.Key == task.TaskKey);
        var (data, unreadable) = TaskForm.Read(definition, Request.Form);
        if (unreadable.Count > 0)
        {
            if (!MayWork(task))
            {
                return Refuse();
            }

            foreach (var (field, message) in unreadable)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ShowView, Build(state, task, workflow, Request.Form, outcome));
        }

        var work = Work();
        var result = await handler.HandleAsync(new CompleteTaskCommand(caseId, taskId, outcome ?? string.Empty, data, Me.UserName, version)
        {
            Access = work.Check,
            Acknowledged = [.. Request.Form[TaskForm.AcknowledgeName].OfType<string>()],
        }, cancellationToken);
        if (work.Refused)
        {
            return Refuse();
        }

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
        // A rule set or workflow the stage needs and is not published (503) is not the worker's mistake: the answers stay on the form, unsaved.
        Response.StatusCode = result.Status == CommandStatus.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
        return View(ShowView, Build(state, task, workflow, Request.Form, outcome));
    }

    /// <summary>Someone of the agency the task was passed to accepts it.</summary>
    [HttpPost("accept")]
    public Task<IActionResult> Accept(Guid caseId, Guid taskId, [FromServices] AnswerHandoverHandler handler, CancellationToken cancellationToken) =>
        AnswerHandoverAsync(caseId, taskId, access => handler.HandleAsync(new(caseId, taskId, true, null, Me.Agency, Me.UserName, access), cancellationToken),
            "You accepted this task. Your agency now answers for it.", cancellationToken);

    /// <summary>Someone of the agency the task was passed to declines it, saying why; it goes back to the sender and is escalated.</summary>
    [HttpPost("decline")]
    public Task<IActionResult> Decline(Guid caseId, Guid taskId, string? reason, [FromServices] AnswerHandoverHandler handler, CancellationToken cancellationToken) =>
        AnswerHandoverAsync(caseId, taskId, access => handler.HandleAsync(new(caseId, taskId, false, reason?.Trim() ?? string.Empty, Me.Agency, Me.UserName, access), cancellationToken),
            "You declined this task. It is back with the agency that sent it, and it has been escalated.", cancellationToken);

    /// <summary>Someone of an agency an outcome needs signs the task off for that agency.</summary>
    [HttpPost("sign-off")]
    public async Task<IActionResult> SignOff(Guid caseId, Guid taskId, [FromServices] SignOffTaskHandler handler, CancellationToken cancellationToken)
    {
        var me = Me;
        var seesOtherwise = false;
        // Which agencies an outcome needs is the command's rule, on the workflow it loads: the page lets
        // any agency through to an open task, and a refusal of an agency that otherwise may not see the
        // task is answered as the page's own.
        var signer = new PageAccess((_, task) =>
        {
            seesOtherwise = TaskAccess.CanSee(me, task!, []);
            return TaskAccess.CanSee(me, task!, task!.IsActive ? [me.Agency] : []);
        });
        var result = await handler.HandleAsync(new(caseId, taskId, me.Agency, me.UserName, signer.Check), cancellationToken);
        if (signer.Refused || (!seesOtherwise && result.Errors.Any(e => e.Code is "sign-off.not-your-agency" or "sign-off.none-needed")))
        {
            return Refuse();
        }

        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        if (!result.Succeeded)
        {
            return await ConflictAsync(caseId, taskId, result, cancellationToken);
        }

        TempData[Banner.Key] = $"You signed this task off for {reference.AgenciesByKey.GetValueOrDefault(me.Agency)?.Name ?? me.Agency}.";
        return Redirect($"/cases/{caseId}/tasks/{taskId}");
    }

    private async Task<IActionResult> AnswerHandoverAsync(Guid caseId, Guid taskId, Func<CaseAccessCheck, Task<CommandResult<CaseState>>> act, string done, CancellationToken cancellationToken)
    {
        var me = Me;
        // Only the agency the task was passed to answers, and only while it awaits acceptance.
        var answerer = new PageAccess((_, task) => task!.AwaitsAcceptance && task.Agency == me.Agency);
        var result = await act(answerer.Check);
        if (answerer.Refused)
        {
            return Refuse();
        }

        if (result.Succeeded)
        {
            TempData[Banner.Key] = done;
            var after = result.Value!.Tasks.Find(t => t.Id == taskId);
            return Redirect(after is not null && TaskAccess.CanWork(me, after) ? $"/cases/{caseId}/tasks/{taskId}" : "/tasks");
        }

        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        if (result.Status is CommandStatus.Conflict or CommandStatus.NotAllowed or CommandStatus.Forbidden)
        {
            return await ConflictAsync(caseId, taskId, result, cancellationToken);
        }

        ShowErrors(result.Errors, _ => "decline-reason");
        return await ShowAgainAsync(caseId, taskId, task => task.Agency == me.Agency,
            (state, task, workflow) => Task.FromResult<IActionResult>(View(ShowView, Build(state, task, workflow) with
            {
                Posted = new Dictionary<string, string> { ["decline-reason"] = Request.Form["reason"].ToString() },
            })), cancellationToken);
    }

    /// <summary>A manager gives the task to another agency, role or person, with a reason.</summary>
    [HttpPost("reassign")]
    public Task<IActionResult> Reassign(Guid caseId, Guid taskId, string? agency, string? role, string? assignTo, string? reason, [FromServices] ReassignTaskHandler handler,
        CancellationToken cancellationToken) =>
        ManageAsync(caseId, taskId, async access =>
            {
                var target = reference.AgenciesByKey.GetValueOrDefault(agency ?? string.Empty);
                if (target is not null && await ReassignPersonCheck.CheckAsync(people, assignTo, target.Key, target.Name, cancellationToken) is { } unknown)
                {
                    return CommandResult<CaseState>.Failure(CommandStatus.Invalid, unknown.Code, unknown.Path, unknown.Message);
                }

                return await handler.HandleAsync(
                    new ReassignTaskCommand(caseId, taskId, agency ?? string.Empty, string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
                        string.IsNullOrWhiteSpace(assignTo) ? null : assignTo.Trim(), reason?.Trim() ?? string.Empty, Me.UserName) { Access = access }, cancellationToken);
            },
            path => path switch { "$.agency" => "reassign-agency", "$.role" => "reassign-role", "$.person" => "reassign-person", _ => "reassign-reason" },
            "You reassigned this task.", cancellationToken);

    /// <summary>A manager extends the due date to the end of a later working day, with a reason from the list.</summary>
    [HttpPost("extend")]
    public Task<IActionResult> Extend(Guid caseId, Guid taskId, string? reason, string? note, [FromServices] ExtendDueHandler handler, CancellationToken cancellationToken)
    {
        var (day, month, year) = (Request.Form["extend-date-day"].ToString().Trim(), Request.Form["extend-date-month"].ToString().Trim(), Request.Form["extend-date-year"].ToString().Trim());
        return ManageAsync(caseId, taskId, async access =>
        {
            // Every field is checked at once, and the day ends when the case's own calendar says, so the
            // case and the workflow it is pinned to are read first; the command checks access on its own snapshot.
            var (_, task, workflow) = await CurrentAsync(caseId, taskId, cancellationToken);
            var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            var (newDue, errors) = ExtensionForm.Check(day, month, year, new PageCalendar(calendars).For(workflow?.Calendar).EndOfWorkingDayOn, reason, trimmed,
                reference.GetChoiceList(ExtendDueHandler.ExtensionReasonsList) ?? [], task?.DueAt ?? DateTimeOffset.MinValue, time.GetUtcNow());
            return errors.Count > 0 || newDue is null
                ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors)
                : await handler.HandleAsync(new ExtendDueCommand(caseId, taskId, newDue.Value, reason ?? string.Empty, trimmed, Me.UserName) { Access = access }, cancellationToken);
        }, path => path switch { "$.newDueAt" => "extend-date-day", "$.note" => "extend-note", _ => "extend-reason" }, "You extended the due date of this task.", cancellationToken);
    }

    /// <summary>Escalates the task one level up by hand, saying why.</summary>
    [HttpPost("escalate")]
    public Task<IActionResult> Escalate(Guid caseId, Guid taskId, string? reason, [FromServices] EscalateByHandHandler handler, CancellationToken cancellationToken) =>
        ManageAsync(caseId, taskId, access => handler.HandleAsync(new(caseId, taskId, reason?.Trim() ?? string.Empty, Me.UserName, access), cancellationToken),
            _ => "escalate-reason", "You escalated this task one level up its ladder.", cancellationToken);

    // Claim, release: the task's own agency works it (the same rule as the API's, Access/TaskAccess).
    private PageAccess Work()
    {
        var me = Me;
        return new PageAccess((_, task) => TaskAccess.CanWork(me, task!));
    }

    private async Task<IActionResult> AfterWorkAsync(Guid caseId, Guid taskId, CommandResult<CaseState> result, PageAccess work, string done, CancellationToken cancellationToken)
    {
        if (work.Refused)
        {
            return Refuse();
        }

        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        if (!result.Succeeded)
        {
            return await ConflictAsync(caseId, taskId, result, cancellationToken);
        }

        TempData[Banner.Key] = done;
        return Redirect($"/cases/{caseId}/tasks/{taskId}");
    }

    // The manager's tools: the agency's managers, leads and admins, decided by the command on the snapshot it changes.
    private async Task<IActionResult> ManageAsync(Guid caseId, Guid taskId, Func<CaseAccessCheck, Task<CommandResult<CaseState>>> act, Func<string, string> fieldFor, string done,
        CancellationToken cancellationToken)
    {
        var me = Me;
        var manager = new PageAccess((_, task) => TaskAccess.CanManage(me, task!.Agency));
        var result = await act(manager.Check);
        if (manager.Refused)
        {
            return Refuse();
        }

        if (result.Status == CommandStatus.NotFound)
        {
            return Missing();
        }

        if (result.Succeeded)
        {
            TempData[Banner.Key] = done;
            var after = result.Value!.Tasks.Find(t => t.Id == taskId);
            var workflow = await cases.GetWorkflowDefinitionAsync(result.Value, cancellationToken);
            return Redirect(after is not null && TaskAccess.CanSee(me, after, workflow is null ? [] : SignOffAgencies(workflow, after))
                ? $"/cases/{caseId}/tasks/{taskId}"
                : TaskAccess.IsManagerOrAbove(me) ? "/escalations" : "/tasks");
        }

        var posted = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (result.Status is CommandStatus.Conflict or CommandStatus.NotAllowed)
        {
            return await ConflictAsync(caseId, taskId, result, cancellationToken, managerPosted: posted);
        }

        ShowErrors(result.Errors, fieldFor);
        // A form the page refused never reached the command, so the manager's rule is applied to the task as it is now.
        return await ShowAgainAsync(caseId, taskId, task => TaskAccess.CanManage(me, task.Agency),
            async (state, task, workflow) => View(ShowView, await WithPeopleAsync(Build(state, task, workflow) with { Posted = posted }, cancellationToken)), cancellationToken);
    }

    // A refused form is shown again as the task is now (read after the command), with what was typed, as a 400.
    private async Task<IActionResult> ShowAgainAsync(Guid caseId, Guid taskId, Func<CaseTask, bool> may,
        Func<CaseState, CaseTask, Core.Definitions.WorkflowDefinition, Task<IActionResult>> show, CancellationToken cancellationToken)
    {
        var (state, task, workflow) = await CurrentAsync(caseId, taskId, cancellationToken);
        if (state is null || task is null || workflow is null)
        {
            return Missing();
        }

        if (!may(task))
        {
            return Refuse();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await show(state, task, workflow);
    }

    private async Task<IActionResult> ConflictAsync(Guid caseId, Guid taskId, CommandResult<CaseState> result, CancellationToken cancellationToken,
        IFormCollection? typed = null, string? outcome = null, IReadOnlyDictionary<string, string>? managerPosted = null)
    {
        var message = result.Status == CommandStatus.Conflict
            ? "Someone else changed this task while you were working on it, so nothing was saved. What you typed is still below: check the task as it is now before you send it again."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return await ShowTaskAsync(caseId, taskId, async (state, task, workflow) =>
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var view = (typed is null ? Build(state, task, workflow) : Build(state, task, workflow, typed, outcome)) with { Conflict = message, People = await PeopleOfAsync(task, cancellationToken) };
            return View(ShowView, managerPosted is null ? view : view with { Posted = managerPosted });
        }, cancellationToken);
    }

    // The people of the task's agency, as read with the page (a manager may reassign to one of them).
    private Task<IReadOnlyList<Person>> PeopleOfAsync(CaseTask task, CancellationToken cancellationToken) => people.InAgencyAsync(task.Agency, cancellationToken);

    private async Task<TaskPageView> WithPeopleAsync(TaskPageView view, CancellationToken cancellationToken) =>
        view.CanManage ? view with { People = await people.InAgencyAsync(view.Task.Agency, cancellationToken) } : view;

    // The case, the task and the workflow version the case is pinned to, as they are now; not a disclosure (nothing is shown from it unchecked).
    private async Task<(CaseState? State, CaseTask? Task, Core.Definitions.WorkflowDefinition? Workflow)> CurrentAsync(Guid caseId, Guid taskId, CancellationToken cancellationToken)
    {
        var state = await cases.GetAsync(caseId, cancellationToken);
        var task = state?.Tasks.Find(t => t.Id == taskId);
        return (state, task, task is null ? null : await cases.GetWorkflowDefinitionAsync(state!, cancellationToken));
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
            ExtensionReasons = reference.GetChoiceList(ExtendDueHandler.ExtensionReasonsList) ?? [],
            Referral = ReferralWords.Of(state, reference, calendar),
            Decisions = [.. state.Tasks.Where(t => t.Status == CaseTaskStatus.Completed && t.Id != task.Id).OrderBy(t => t.ClosedAt)
                .Select(t => (t.Title,
                    workflow.Stages.SelectMany(s => s.Tasks).FirstOrDefault(d => d.Key == t.TaskKey)?.Outcomes.FirstOrDefault(o => o.Key == t.Outcome)?.Label ?? t.Outcome ?? "None",
                    t.ClosedBy, t.ClosedAt is { } at ? DueWords.When(at, calendar) : null))],
        };
    }
}
