using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Definitions;

public class MermaidExporterTests
{
    private static readonly WorkflowDefinition Small = new()
    {
        Key = "cce-referral",
        Name = "CCE referral",
        Calendar = "england-and-wales",
        StartStage = "front-door",
        Stages =
        [
            new StageDefinition
            {
                Key = "front-door",
                Name = "Front-door screening (MASH)",
                Tasks =
                [
                    new TaskDefinition
                    {
                        Key = "decide-referral",
                        Title = "Acknowledge and decide referral",
                        Owner = new OwnerSpec { Agency = "childrens-social-care", Role = "mash" },
                        Due = new DueSpec { WorkingDays = 1 },
                        Outcomes = [new OutcomeDefinition("early-help", "Early Help"), new OutcomeDefinition("screening", "Exploitation screening")],
                    },
                ],
                Transitions =
                [
                    new TransitionDefinition { Key = "to-early-help", To = "closed", Trigger = TransitionTrigger.Outcome, Task = "decide-referral", Outcome = "early-help" },
                    new TransitionDefinition
                    {
                        Key = "to-screening", To = "screening", Trigger = TransitionTrigger.Outcome, Task = "decide-referral", Outcome = "screening",
                        StartWorkflows = ["nrm-referral", "missing-episode"],
                    },
                ],
            },
            new StageDefinition
            {
                Key = "screening",
                Name = "Exploitation screening",
                Decision = new StageDecision { RuleSet = "exploitation-screening" },
                Transitions =
                [
                    new TransitionDefinition { Key = "to-mace", To = "disruption", Trigger = TransitionTrigger.Decision, Decision = "mace-referral", Guard = "has-agencies" },
                    new TransitionDefinition { Key = "no-mace", To = "closed", Trigger = TransitionTrigger.Decision, Decision = StageDecision.Otherwise },
                ],
            },
            new StageDefinition
            {
                Key = "disruption",
                Name = "Disruption plan",
                Transitions =
                [
                    new TransitionDefinition { Key = "first-action", To = "review", Trigger = TransitionTrigger.AnyTaskDone },
                    new TransitionDefinition { Key = "review-due", To = "review", Trigger = TransitionTrigger.Timer, After = new DueSpec { Duration = "P12W" } },
                ],
            },
            new StageDefinition
            {
                Key = "review",
                Name = "MACE review",
                Transitions =
                [
                    new TransitionDefinition { Key = "all-done", To = "closed", Trigger = TransitionTrigger.AllTasksDone },
                    new TransitionDefinition { Key = "lapsed", To = "closed", Trigger = TransitionTrigger.Timer, After = new DueSpec { WorkingDays = 2 } },
                    new TransitionDefinition { Key = "continue", To = "disruption", Trigger = TransitionTrigger.Manual },
                    new TransitionDefinition { Key = "step-down", To = "closed", Trigger = TransitionTrigger.Manual, Label = "Step down" },
                ],
            },
            new StageDefinition { Key = "closed", Name = "Closed", Final = true },
        ],
    };

    [Fact]
    public void A_workflow_is_drawn_as_a_state_diagram_with_labelled_edges()
    {
        var mermaid = MermaidExporter.Export(Small);

        Assert.Equal(
            """
            stateDiagram-v2
                state "Front-door screening (MASH)" as front_door
                state "Exploitation screening" as screening
                state "Disruption plan" as disruption
                state "MACE review" as review
                state "Closed" as closed
                [*] --> front_door
                front_door --> closed : Early Help
                front_door --> screening : Exploitation screening
                screening --> disruption : decision: mace-referral [guard: has-agencies]
                screening --> closed : otherwise
                disruption --> review : any task done
                disruption --> review : after 12 weeks
                review --> closed : all tasks done
                review --> closed : after 2 working days
                review --> disruption : by hand
                review --> closed : by hand: Step down
                closed --> [*]
                note right of front_door
                    Starts nrm-referral
                    Starts missing-episode
                end note

            """,
            mermaid);
    }

    [Fact]
    public void The_highlighted_stage_gets_its_own_style()
    {
        var mermaid = MermaidExporter.Export(Small, highlightStage: "disruption");

        Assert.EndsWith(
            """
                end note
                classDef current fill:#ffdd00,stroke:#0b0c0c,stroke-width:3px
                class disruption current

            """,
            mermaid,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_definition_always_gives_the_same_diagram()
    {
        Assert.Equal(MermaidExporter.Export(SampleWorkflow.Definition(), "review"), MermaidExporter.Export(SampleWorkflow.Definition(), "review"));
    }

    [Fact]
    public void Stage_keys_that_are_mermaid_words_get_safe_ids_and_quotes_in_names_are_softened()
    {
        var definition = Small with
        {
            StartStage = "end",
            Stages = [new StageDefinition { Key = "end", Name = "The \"end\"", Final = true }],
        };

        Assert.Equal(
            """
            stateDiagram-v2
                state "The 'end'" as s_end
                [*] --> s_end
                s_end --> [*]

            """,
            MermaidExporter.Export(definition));
    }

    [Fact]
    public void Panel_timers_and_durations_in_hours_are_written_as_authors_wrote_them()
    {
        Assert.Equal("at the next mace panel", DueText.After(new DueSpec { NextPanel = "mace" }));
        Assert.Equal("when the agenda closes for the next mace panel", DueText.After(new DueSpec { BeforeNextPanel = "mace" }));
        Assert.Equal("after 72 hours", DueText.After(new DueSpec { Duration = "PT72H" }));
        Assert.Equal("after 1 day 12 hours", DueText.After(new DueSpec { Duration = "P1DT12H" }));
        Assert.Equal("after 1 working day", DueText.After(new DueSpec { WorkingDays = 1 }));
    }

    [Fact]
    public void Highlighting_a_stage_the_workflow_lacks_is_a_mistake_by_the_caller()
    {
        var error = Assert.Throws<ArgumentException>(() => MermaidExporter.Export(Small, "nowhere"));

        Assert.StartsWith("Stage 'nowhere' is not a stage of workflow 'cce-referral'.", error.Message, StringComparison.Ordinal);
    }
}
