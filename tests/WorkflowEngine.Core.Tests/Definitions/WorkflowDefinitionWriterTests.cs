using System.Text.Json;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Definitions;

public class WorkflowDefinitionWriterTests
{
    [Fact]
    public void Writing_and_reading_again_loses_nothing()
    {
        var definition = SampleWorkflow.Definition();

        var text = WorkflowDefinitionReader.Write(definition);
        var again = WorkflowDefinitionReader.Read(text);

        Assert.Empty(again.Errors);
        StructuralEquality.AssertEqual(definition, again.Definition);
        Assert.Equal(text, WorkflowDefinitionReader.Write(again.Definition!));
    }

    [Fact]
    public void The_designer_layout_is_kept_as_written()
    {
        var definition = WorkflowDefinitionReader.Read(WorkflowDefinitionReader.Write(SampleWorkflow.Definition())).Definition!;

        Assert.Equal(640, definition.Designer!.Value.GetProperty("positions").GetProperty("closed").GetProperty("x").GetInt32());
    }

    [Fact]
    public void A_definition_is_written_in_canonical_form_with_defaults_left_out()
    {
        var definition = new WorkflowDefinition
        {
            Key = "missing-episode",
            Name = "Missing episode",
            Calendar = "england-and-wales",
            StartStage = "interview",
            Stages =
            [
                new StageDefinition
                {
                    Key = "interview",
                    Name = "Return-home interview",
                    Tasks =
                    [
                        new TaskDefinition
                        {
                            Key = "return-home-interview",
                            Title = "Hold the return-home interview",
                            Owner = new OwnerSpec { Agency = "childrens-social-care" },
                            Due = new DueSpec { Duration = "PT72H" },
                            Outcomes = [new OutcomeDefinition("held", "Interview held")],
                            Escalation =
                            [
                                new EscalationRung
                                {
                                    Level = 1,
                                    After = new DueSpec { WorkingDays = 1 },
                                    Target = new EscalationTarget { Role = "team-manager" },
                                    Actions = [],
                                },
                            ],
                        },
                    ],
                    Transitions = [new TransitionDefinition { Key = "done", To = "closed", Trigger = TransitionTrigger.AllTasksDone }],
                },
                new StageDefinition { Key = "closed", Name = "Closed", Final = true },
            ],
        };

        var text = WorkflowDefinitionReader.Write(definition);

        Assert.Equal(
            """
            {
              "key": "missing-episode",
              "name": "Missing episode",
              "calendar": "england-and-wales",
              "startStage": "interview",
              "stages": [
                {
                  "key": "interview",
                  "name": "Return-home interview",
                  "tasks": [
                    {
                      "key": "return-home-interview",
                      "title": "Hold the return-home interview",
                      "owner": {
                        "agency": "childrens-social-care"
                      },
                      "due": {
                        "duration": "PT72H"
                      },
                      "outcomes": [
                        {
                          "key": "held",
                          "label": "Interview held"
                        }
                      ],
                      "escalation": [
                        {
                          "level": 1,
                          "after": {
                            "workingDays": 1
                          },
                          "target": {
                            "role": "team-manager"
                          },
                          "actions": []
                        }
                      ]
                    }
                  ],
                  "transitions": [
                    {
                      "key": "done",
                      "to": "closed",
                      "trigger": "allTasksDone"
                    }
                  ]
                },
                {
                  "key": "closed",
                  "name": "Closed",
                  "final": true
                }
              ]
            }

            """,
            text);
        StructuralEquality.AssertEqual(definition, WorkflowDefinitionReader.Read(text).Definition);
    }

    [Fact]
    public void Settings_that_differ_from_their_defaults_are_written()
    {
        var text = WorkflowDefinitionReader.Write(SampleWorkflow.Definition());

        Assert.Contains("\"from\": \"caseOpened\"", text, StringComparison.Ordinal);
        Assert.Contains("\"required\": true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"from\": \"taskCreated\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"when\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        Assert.Equal("front-door", document.RootElement.GetProperty("startStage").GetString());
    }
}
