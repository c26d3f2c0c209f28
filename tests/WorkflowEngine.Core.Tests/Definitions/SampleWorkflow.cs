using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Tests.Definitions;

/// <summary>A compact child criminal exploitation referral workflow that passes every check, and its surroundings.</summary>
internal static class SampleWorkflow
{
    public const string Json = """
        {
          "$schema": "../schemas/workflow.schema.json",
          "key": "cce-referral",
          "name": "Child criminal exploitation referral",
          "description": "From a concern about a child, through MACE, to disruption and review.",
          "calendar": "england-and-wales",
          "startStage": "front-door",
          "linkedWorkflows": ["missing-episode", "nrm-referral"],
          "stages": [
            {
              "key": "front-door",
              "name": "Front-door screening (MASH)",
              "tasks": [
                {
                  "key": "decide-referral",
                  "title": "Acknowledge and decide referral",
                  "owner": { "agency": "childrens-social-care", "role": "mash" },
                  "due": { "workingDays": 1, "from": "caseOpened" },
                  "outcomes": [
                    { "key": "no-further-action", "label": "No further action" },
                    { "key": "early-help", "label": "Early Help" },
                    { "key": "exploitation-screening", "label": "Exploitation screening" }
                  ],
                  "form": [
                    { "key": "decisionRationale", "label": "Why this decision?", "type": "longText", "required": true }
                  ],
                  "escalation": [
                    { "level": 1, "after": { "workingDays": 1 }, "target": { "role": "team-manager" }, "actions": ["notify"] },
                    { "level": 2, "after": { "workingDays": 2 }, "target": { "role": "agency-manager" }, "actions": ["notify", "raisePriority"] }
                  ]
                }
              ],
              "transitions": [
                { "key": "to-screening", "to": "exploitation-screening", "trigger": "outcome", "task": "decide-referral", "outcome": "exploitation-screening" },
                { "key": "to-early-help", "to": "closed", "trigger": "outcome", "task": "decide-referral", "outcome": "early-help" },
                { "key": "no-action", "to": "closed", "trigger": "outcome", "task": "decide-referral", "outcome": "no-further-action" }
              ]
            },
            {
              "key": "exploitation-screening",
              "name": "Exploitation screening",
              "tasks": [
                {
                  "key": "screen-indicators",
                  "title": "Complete the exploitation screening tool",
                  "owner": { "ruleSet": "screening-owner" },
                  "due": { "workingDays": 2 },
                  "outcomes": [ { "key": "screened", "label": "Screening complete" } ],
                  "form": [
                    { "key": "missingEpisodes", "label": "Missing episodes in the last 3 months", "type": "integer", "required": true, "minimum": 0, "maximum": 1000 },
                    { "key": "indicators", "label": "Indicators seen", "type": "multiChoice", "choiceList": "exploitation-indicators" }
                  ]
                }
              ],
              "decision": { "ruleSet": "exploitation-screening", "when": "allTasksDone", "resultFact": "riskLevel" },
              "transitions": [
                { "key": "refer-to-mace", "to": "mace-referral", "trigger": "decision", "decision": "mace-referral", "startWorkflows": ["nrm-referral"] },
                { "key": "no-mace", "to": "closed", "trigger": "decision", "decision": "otherwise" }
              ]
            },
            {
              "key": "mace-referral",
              "name": "MACE referral",
              "tasks": [
                {
                  "key": "add-to-agenda",
                  "title": "Add the child to the MACE agenda",
                  "owner": { "agency": "childrens-social-care", "role": "mace-coordinator" },
                  "due": { "beforeNextPanel": "mace" },
                  "outcomes": [ { "key": "added", "label": "Added to agenda" } ]
                }
              ],
              "transitions": [
                { "key": "on-agenda", "to": "mace-discussion", "trigger": "allTasksDone" }
              ]
            },
            {
              "key": "mace-discussion",
              "name": "MACE discussion",
              "tasks": [
                {
                  "key": "discuss-at-panel",
                  "title": "Discuss at the MACE panel",
                  "owner": { "agency": "police", "role": "mace-chair" },
                  "due": { "duration": "P14D", "from": "stageEntered" },
                  "outcomes": [
                    { "key": "disruption-plan", "label": "Disruption plan agreed" },
                    { "key": "no-mace-action", "label": "No MACE action" }
                  ],
                  "form": [
                    {
                      "key": "agreedRiskLevel", "label": "Risk level agreed by the panel", "type": "choice", "required": true,
                      "choices": [ { "value": "emerging", "label": "Emerging" }, { "value": "significant", "label": "Significant" } ]
                    },
                    { "key": "disruptionAgencies", "label": "Agencies taking disruption actions", "type": "multiChoice", "choiceList": "agencies" }
                  ],
                  "escalation": [
                    { "level": 1, "after": { "duration": "PT72H" }, "target": { "agency": "childrens-social-care", "role": "safeguarding-lead" }, "actions": ["notify", "reassign"] }
                  ]
                }
              ],
              "transitions": [
                { "key": "to-disruption", "to": "disruption", "trigger": "outcome", "task": "discuss-at-panel", "outcome": "disruption-plan", "guard": "has-disruption-agencies" },
                { "key": "no-mace-action", "to": "closed", "trigger": "outcome", "task": "discuss-at-panel", "outcome": "no-mace-action" }
              ]
            },
            {
              "key": "disruption",
              "name": "Disruption plan",
              "tasks": [
                {
                  "key": "disruption-action",
                  "title": "Carry out the agreed disruption action",
                  "owner": { "forEachAgencyIn": "disruptionAgencies" },
                  "due": { "workingDays": 10 },
                  "outcomes": [ { "key": "done", "label": "Action taken" } ],
                  "form": [
                    { "key": "disruptionMeasures", "label": "Disruption measures used", "type": "multiChoice", "required": true, "choiceList": "disruption-measures" }
                  ]
                }
              ],
              "transitions": [
                { "key": "actions-done", "to": "review", "trigger": "allTasksDone" },
                { "key": "review-due", "to": "review", "trigger": "timer", "after": { "duration": "P12W" } },
                { "key": "step-down-early", "to": "closed", "trigger": "manual", "label": "Step down early" }
              ]
            },
            {
              "key": "review",
              "name": "MACE review",
              "tasks": [
                {
                  "key": "review-case",
                  "title": "Review the case at MACE",
                  "owner": { "agency": "police", "role": "mace-chair" },
                  "due": { "workingDays": 5 },
                  "outcomes": [
                    { "key": "continue", "label": "Continue disruption" },
                    { "key": "close", "label": "Close" }
                  ]
                }
              ],
              "transitions": [
                { "key": "continue", "to": "disruption", "trigger": "outcome", "task": "review-case", "outcome": "continue" },
                { "key": "close", "to": "closed", "trigger": "outcome", "task": "review-case", "outcome": "close" }
              ]
            },
            { "key": "closed", "name": "Closed", "final": true }
          ],
          "designer": { "positions": { "front-door": { "x": 0, "y": 0 }, "closed": { "x": 640, "y": 120 } } }
        }
        """;

    public static DefinitionValidationContext Context { get; } = DefinitionValidationContext.Create(
        [
            new Agency("childrens-social-care", "Children's social care", true,
                ["mash", "team-manager", "agency-manager", "mace-coordinator", "safeguarding-lead"]),
            new Agency("police", "Police", true, ["mace-chair", "team-manager", "safeguarding-lead"]),
        ],
        ruleSets: ["exploitation-screening", "screening-owner", "has-disruption-agencies"],
        workflows: ["missing-episode", "nrm-referral"],
        choiceLists: ["exploitation-indicators", "disruption-measures"],
        calendars: ["england-and-wales"],
        panels: ["mace"]);

    /// <summary>The sample, read from its JSON.</summary>
    public static WorkflowDefinition Definition()
    {
        var result = WorkflowDefinitionReader.Read(Json);
        Assert.Empty(result.Errors);
        return result.Definition!;
    }

    /// <summary>The sample with one stage changed.</summary>
    public static WorkflowDefinition WithStage(string key, Func<StageDefinition, StageDefinition> change)
    {
        var definition = Definition();
        Assert.Contains(definition.Stages, s => s.Key == key);
        return definition with { Stages = definition.Stages.Select(s => s.Key == key ? change(s) : s).ToList() };
    }

    /// <summary>The sample with one task changed.</summary>
    public static WorkflowDefinition WithTask(string stage, string task, Func<TaskDefinition, TaskDefinition> change) =>
        WithStage(stage, s =>
        {
            Assert.Contains(s.Tasks, t => t.Key == task);
            return s with { Tasks = s.Tasks.Select(t => t.Key == task ? change(t) : t).ToList() };
        });

    /// <summary>The sample with one transition changed.</summary>
    public static WorkflowDefinition WithTransition(string stage, string transition, Func<TransitionDefinition, TransitionDefinition> change) =>
        WithStage(stage, s =>
        {
            Assert.Contains(s.Transitions, t => t.Key == transition);
            return s with { Transitions = s.Transitions.Select(t => t.Key == transition ? change(t) : t).ToList() };
        });

    /// <summary>The sample's JSON with one piece of text replaced (it must occur exactly once).</summary>
    public static string JsonWith(string find, string replacement)
    {
        var at = Json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && Json.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the sample.");
        return Json[..at] + replacement + Json[(at + find.Length)..];
    }
}
