using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>Raising a concern about a child: opens a case on the CCE referral workflow.</summary>
public sealed partial class ConcernsController(CaseService cases, ReadCaseHandler reads, ReferenceData reference, EngineOptions engine, ILogger<ConcernsController> logger, TimeProvider time, CalendarCatalogue calendars) : PageController
{

    /// <summary>The empty form, with the referrer filled in from the signed-in person.</summary>
    [HttpGet("/concerns/new")]
    public IActionResult New()
    {
        var form = new ConcernForm { Referrer = Me.DisplayName };
        ReceivedTime.Fill(form, time.GetUtcNow(), Zone);
        return View(Page(form));
    }

    /// <summary>Opens the case, or shows the form again with every problem beside its field.</summary>
    [HttpPost("/concerns/new")]
    public async Task<IActionResult> Raise(ConcernForm form, [FromServices] OpenCaseHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var me = Me;
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(form.BornDay) || !string.IsNullOrWhiteSpace(form.BornMonth) || !string.IsNullOrWhiteSpace(form.BornYear))
        {
            if (DateParts.TryRead(form.BornDay?.Trim(), form.BornMonth?.Trim(), form.BornYear?.Trim(), out var date))
            {
                born = date;
            }
            else
            {
                ModelState.AddModelError("ChildDateOfBirth-day", "Date of birth must be a real date, like 27 3 2012");
            }
        }

        var (receivedAt, receivedError) = ReceivedTime.Read(form, Zone);
        if (receivedError is not null)
        {
            ModelState.AddModelError("ReceivedAt-day", receivedError);
        }

        var facts = new JsonObject();
        foreach (var key in form.Indicators.Where(k => !IndicatorGroups.AskedElsewhere.Contains(k)).Distinct(StringComparer.Ordinal))
        {
            facts[key] = true;
        }

        if (!string.IsNullOrWhiteSpace(form.MissingEpisodes))
        {
            if (int.TryParse(form.MissingEpisodes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var missing))
            {
                facts["missingEpisodes"] = missing;
            }
            else
            {
                ModelState.AddModelError(nameof(ConcernForm.MissingEpisodes), "Missing episodes must be a whole number, like 2");
            }
        }

        if (form.Urgent is not ("true" or "false"))
        {
            ModelState.AddModelError(nameof(ConcernForm.Urgent), "Say whether the child is at immediate risk");
        }

        var urgent = form.Urgent == "true";
        var command = new OpenCaseCommand(engine.FrontDoorWorkflow,
            new ChildDetails(form.ChildName?.Trim() ?? string.Empty, born, string.IsNullOrWhiteSpace(form.ChildReference) ? null : form.ChildReference.Trim()),
            new ContactDetails(form.Referrer?.Trim() ?? string.Empty, me.Agency, form.Concern?.Trim() ?? string.Empty, urgent, receivedAt),
            facts, me.UserName);

        // Core checks everything it can even when the page found a problem, so every error shows at once.
        var result = ModelState.ErrorCount == 0
            ? await handler.HandleAsync(command, cancellationToken)
            : CommandResult<CaseState>.Failure(CommandStatus.Invalid, handler.Check(command));
        if (result is { Succeeded: true, Value: { } opened })
        {
            return Redirect($"/concerns/{opened.Id}/raised");
        }

        if (result.Status == CommandStatus.Unavailable)
        {
            // Not the referrer's mistake: keep everything typed, say plainly it was not saved, and leave a trace for the admins.
            NotSaved(logger, engine.FrontDoorWorkflow, string.Join(" ", result.Errors.Select(e => e.Message)));
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("New", Page(form) with { NotSavedBecause = [.. result.Errors.Select(e => e.Message)] });
        }

        ShowErrors(result?.Errors ?? [], FieldFor);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", Page(form));
    }

    /// <summary>The confirmation, shown to the person who raised the concern (and to anyone who may see the case).</summary>
    [HttpGet("/concerns/{caseId:guid}/raised")]
    public async Task<IActionResult> Raised(Guid caseId, CancellationToken cancellationToken)
    {
        // The raiser is who opened the case; a journal entry never changes, so reading it first is safe.
        var journal = await cases.ReadJournalAsync(caseId, cancellationToken);
        var opened = journal.FirstOrDefault(e => e.Kind == "case.opened");
        var raisedBy = opened?.Actor;
        var me = Me;
        var (state, instead) = await ReadCaseAsync(reads, caseId, "Saw the concern raised",
            s => raisedBy == me.UserName || CaseAccess.CanSee(me, s), cancellationToken);
        if (state is null)
        {
            return instead!;
        }
        // Say where the concern actually went (an urgent one goes to a strategy discussion, not the MASH).
        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken);
        var calendar = new PageCalendar(calendars).For(workflow?.Calendar);
        var steps = state.Tasks.Where(t => t.IsActive).OrderBy(t => t.DueAt)
            .Select(t => (t.Title, reference.AgenciesByKey.TryGetValue(t.Agency, out var agency) ? agency.Name : t.Agency, DueWords.When(t.DueAt, calendar)))
            .ToList();
        var stage = workflow?.Stages.FirstOrDefault(s => s.Key == state.StageKey)?.Name ?? state.StageKey;
        return View(new RaisedPage(state.Id, state.Child.Name, CaseReference.Of(state.Id), CaseAccess.CanSee(me, state), steps, stage)
        {
            MatchedBy = MatchedBy(opened?.Data["childRecord"]),
        });
    }

    // Says how the child was recognised, never what else is known about them (the referrer may have no need to know).
    private static string? MatchedBy(JsonNode? childRecord) =>
        childRecord?["matched"] is JsonValue matched && matched.TryGetValue<bool>(out var yes) && yes
            ? childRecord["matchedBy"]?.ToString() == Core.Children.ChildMatching.ByReference ? "their local reference" : "their name and date of birth"
            : null;

    private TimeZoneInfo Zone => new PageCalendar(calendars).For().TimeZone;

    private static string? FieldFor(string path) => path switch
    {
        "$.child.name" => nameof(ConcernForm.ChildName),
        "$.child.dateOfBirth" => "ChildDateOfBirth-day",
        "$.child.reference" => nameof(ConcernForm.ChildReference),
        "$.contact.referrer" => nameof(ConcernForm.Referrer),
        "$.contact.concern" => nameof(ConcernForm.Concern),
        "$.contact.urgent" => nameof(ConcernForm.Urgent),
        "$.contact.receivedAt" => "ReceivedAt-day",
        "$.facts.missingEpisodes" => nameof(ConcernForm.MissingEpisodes),
        _ when path.StartsWith("$.facts.", StringComparison.Ordinal) => IndicatorGroups.GroupOf(path["$.facts.".Length..]),
        _ => null,
    };

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error,
        Message = "A concern could not be saved on workflow '{Workflow}' because a definition it needs is not published: {Problem} The referrer was told to phone the front door.")]
    private static partial void NotSaved(ILogger logger, string workflow, string problem);

    private ConcernPage Page(ConcernForm form) => new(form,
        reference.AgenciesByKey.TryGetValue(Me.Agency, out var agency) ? agency.Name : Me.Agency,
        IndicatorGroups.Fields(reference, form.Indicators));
}
