using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// A rule set or workflow with no published version (a database edited by hand, a race with a
/// retire) is never a bare server error: the command says what is missing and saves nothing, and a
/// timer that needs it becomes an incident rather than a lost timer.
/// </summary>
public sealed class MissingDefinitionScenarioTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private const string TimerDecides = """
        {
          "key": "timer-decides",
          "name": "Timer decides",
          "calendar": "england-and-wales",
          "startStage": "waiting",
          "stages": [
            { "key": "waiting", "name": "Waiting", "description": "Waits an hour.",
              "transitions": [ { "key": "wake", "to": "deciding", "trigger": "timer", "after": { "duration": "PT1H", "from": "stageEntered" } } ] },
            { "key": "deciding", "name": "Deciding", "description": "The front door's rules decide.", "decision": { "ruleSet": "front-door-routing" },
              "transitions": [
                { "key": "urgent", "to": "done", "trigger": "decision", "decision": "strategy-discussion" },
                { "key": "other", "to": "done", "trigger": "decision", "decision": "otherwise" } ] },
            { "key": "done", "name": "Done", "description": "Decided.", "final": true }
          ]
        }
        """;

    [Fact]
    public async Task Completing_a_task_whose_stage_decides_by_a_rule_set_with_no_published_version_names_it_and_saves_nothing()
    {
        await using var host = await EngineHost.StartAsync(Monday);
        var state = await host.OpenReferralAsync();
        state = await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
        Assert.True(await host.Documents.RetireAsync(DocumentKind.RuleSet, "exploitation-screening", 1, "someone editing the database"));
        var task = EngineHost.Active(state, "screen-for-exploitation");

        var result = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "screened", Answers(await host.Cases.GetWorkflowDefinitionAsync(state)), "worker@childrens-social-care"));

        Assert.Equal(CommandStatus.Unavailable, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("definition.not-published", "$.ruleSets.exploitation-screening"), (error.Code, error.Path));
        Assert.StartsWith("The rule set 'exploitation-screening' has no published version, so nothing was saved.", error.Message, StringComparison.Ordinal);
        var after = (await host.Cases.GetAsync(state.Id))!;
        Assert.Equal("exploitation-screening", after.StageKey);
        Assert.True(EngineHost.Active(after, "screen-for-exploitation").IsActive);
        Assert.Equal(state.Version, after.Version);
    }

    [Fact]
    public async Task Opening_a_case_on_a_workflow_with_no_published_version_is_unavailable_not_a_bad_request()
    {
        await using var host = await EngineHost.StartAsync(Monday);
        Assert.True(await host.Documents.RetireAsync(DocumentKind.Workflow, "cce-referral", 1, "someone editing the database"));

        var result = await host.Cases.OpenCaseAsync(new OpenCaseCommand("cce-referral", new("Jay Smith", null, null), new("Ms A. Teacher", "education", "Seen with older men.", false), [], "a.teacher"));

        Assert.Equal(CommandStatus.Unavailable, result.Status);
        Assert.Equal(("definition.not-published", "$.workflow"), (result.Errors[0].Code, result.Errors[0].Path));
        var unknown = await host.Cases.OpenCaseAsync(new OpenCaseCommand("no-such-workflow", new("Jay Smith", null, null), new("Ms A. Teacher", "education", "Seen with older men.", false), [], "a.teacher"));
        Assert.Equal(CommandStatus.Invalid, unknown.Status);
    }

    [Fact]
    public async Task A_timer_that_fires_a_rule_decision_with_no_published_rule_set_becomes_a_timer_incident_and_fires_once_it_is_published_again()
    {
        var options = new TimerOptions { MaxAttempts = 2, RetryBackoff = TimeSpan.FromMinutes(1) };
        await using var host = await EngineHost.StartAsync(Monday, timers: options);
        var published = await host.Publisher.PublishAsync(DocumentKind.Workflow, TimerDecides, "lead.police");
        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
        var opened = await host.Cases.OpenCaseAsync(new OpenCaseCommand("timer-decides", new("Jay Smith", null, null), new("Ms A. Teacher", "education", "Seen with older men.", false), [], "a.teacher"));
        Assert.True(opened.Succeeded, string.Join(" ", opened.Errors.Select(e => e.Message)));
        var ruleSet = (await host.Documents.GetAsync(DocumentKind.RuleSet, "front-door-routing", 1))!;
        Assert.True(await host.Documents.RetireAsync(DocumentKind.RuleSet, "front-door-routing", 1, "someone editing the database"));

        host.MoveTo(Monday + TimeSpan.FromHours(1));
        Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).Failed);
        host.MoveTo(Monday + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).Incidents);

        var incident = Assert.Single(await host.Timers.ListIncidentsAsync());
        Assert.Equal((TimerKind.StageTransition, opened.Value!.Id), (incident.Kind, incident.CaseId));
        Assert.Contains("The rule set 'front-door-routing' has no published version", incident.LastError, StringComparison.Ordinal);
        Assert.Equal("waiting", (await host.Cases.GetAsync(opened.Value.Id))!.StageKey);

        await host.Documents.PublishAsync(DocumentKind.RuleSet, "front-door-routing", ruleSet.Content, ruleSet.ContentHash, "lead.police", ruleSet.Examples, "Published again after the incident");
        Assert.True(await host.Timers.RetryIncidentAsync(incident.Id, host.Time.GetUtcNow()));
        Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).Fired);
        Assert.Equal("done", (await host.Cases.GetAsync(opened.Value.Id))!.StageKey);
    }

    private static JsonObject Answers(Core.Definitions.WorkflowDefinition? definition)
    {
        var answers = new JsonObject();
        foreach (var field in definition!.Stages.SelectMany(s => s.Tasks).Single(t => t.Key == "screen-for-exploitation").Form)
        {
            answers[field.Key] = field.Type switch
            {
                Core.Definitions.FormFieldType.Boolean => true,
                Core.Definitions.FormFieldType.Integer or Core.Definitions.FormFieldType.Number => 4,
                Core.Definitions.FormFieldType.Text or Core.Definitions.FormFieldType.LongText => "Recorded at screening.",
                _ => null,
            };
        }

        return answers;
    }
}
