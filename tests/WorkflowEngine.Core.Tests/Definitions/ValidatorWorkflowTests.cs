using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class ValidatorWorkflowTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    [Fact]
    public void A_workflow_without_stages_is_refused()
    {
        var errors = Validate(SampleWorkflow.Definition() with { Stages = [] });

        ValidationAssert.Single(errors, "workflow.no-stages", "$.stages", "The workflow has no stages. Add at least a start stage and a final stage.");
    }

    [Fact]
    public void An_unknown_calendar_lists_the_known_ones()
    {
        var errors = Validate(SampleWorkflow.Definition() with { Calendar = "england" });

        ValidationAssert.Single(errors, "workflow.unknown-calendar", "$.calendar", "Calendar 'england' is not a known calendar. Use one of: england-and-wales.");
    }

    [Fact]
    public void An_unknown_start_stage_is_refused()
    {
        var errors = Validate(SampleWorkflow.Definition() with { StartStage = "front-dor" });

        ValidationAssert.Single(
            errors,
            "workflow.unknown-start-stage",
            "$.startStage",
            "The start stage 'front-dor' is not one of this workflow's stages. Set 'startStage' to the key of the stage new cases enter.");
    }

    [Fact]
    public void An_unknown_linked_workflow_is_refused()
    {
        var errors = Validate(SampleWorkflow.Definition() with { LinkedWorkflows = ["missing-episode", "exclusion"] });

        ValidationAssert.Single(
            errors,
            "workflow.unknown-linked-workflow",
            "$.linkedWorkflows[1]",
            "Linked workflow 'exclusion' is not a known workflow. Check the key, or create that workflow first.");
    }

    [Fact]
    public void A_workflow_cannot_be_linked_to_itself()
    {
        var errors = Validate(SampleWorkflow.Definition() with { LinkedWorkflows = ["cce-referral"] });

        ValidationAssert.Single(
            errors,
            "workflow.links-itself",
            "$.linkedWorkflows[0]",
            "A workflow cannot be linked to itself. Remove 'cce-referral' from the linked workflows.");
    }

    [Fact]
    public void A_stage_no_path_reaches_is_unreachable()
    {
        var definition = SampleWorkflow.Definition();
        var orphan = new StageDefinition
        {
            Key = "strategy-discussion",
            Name = "Strategy discussion",
            Transitions = [new TransitionDefinition { Key = "close", To = "closed", Trigger = TransitionTrigger.Manual }],
        };

        var errors = Validate(definition with { Stages = [.. definition.Stages, orphan] });

        ValidationAssert.Single(
            errors,
            "stage.unreachable",
            "$.stages[7]",
            "Stage 'strategy-discussion' cannot be reached from the start stage 'front-door'. Add a transition into it, or remove it.");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var definition = SampleWorkflow.Definition() with { Calendar = "england", LinkedWorkflows = ["exclusion"] };
        definition = definition with
        {
            Stages = definition.Stages.Select(s => s.Key == "review" ? s with { Transitions = [] } : s).ToList(),
        };

        var errors = Validate(definition);

        Assert.Equal(
            ["workflow.unknown-calendar", "workflow.unknown-linked-workflow", "stage.no-way-out"],
            errors.Select(e => e.Code));
    }

    [Fact]
    public void A_context_from_reference_data_knows_its_choice_lists_and_the_agencies_list()
    {
        var reference = new ReferenceData(
            [new Agency("police", "Police", true, ["mace-chair"])],
            new Dictionary<string, IReadOnlyList<ReferenceItem>> { ["disruption-measures"] = [new ReferenceItem("cawn", "Child Abduction Warning Notice")] },
            []);

        var context = DefinitionValidationContext.FromReference(reference, ["routing"], ["nrm-referral"], ["england-and-wales"], ["mace"]);

        Assert.True(context.HasChoiceList("disruption-measures"));
        Assert.True(context.HasChoiceList(ReferenceData.AgenciesList));
        Assert.False(context.HasChoiceList("exploitation-indicators"));
        Assert.Equal(["mace-chair"], context.Agencies["police"]);
        Assert.Contains("routing", context.RuleSets);
    }
}
