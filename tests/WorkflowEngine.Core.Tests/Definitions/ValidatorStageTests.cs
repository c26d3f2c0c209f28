using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class ValidatorStageTests
{
    private static readonly TaskDefinition ClosingSummary = new()
    {
        Key = "closing-summary",
        Title = "Write the closing summary",
        Owner = new OwnerSpec { Agency = "police", Role = "mace-chair" },
        Due = new DueSpec { WorkingDays = 5 },
        Outcomes = [new OutcomeDefinition("written", "Written")],
    };

    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    [Fact]
    public void Two_stages_with_one_key_are_refused()
    {
        var definition = SampleWorkflow.Definition();
        var copy = definition.Stages[^1] with { Name = "Closed again" };

        var errors = Validate(definition with { Stages = [.. definition.Stages, copy] });

        ValidationAssert.Single(errors, "stage.duplicate-key", "$.stages[7].key", "There are two stages with the key 'closed'. Give each stage a key of its own.");
    }

    [Fact]
    public void A_stage_with_no_way_out_must_be_final()
    {
        var errors = Validate(SampleWorkflow.WithStage("review", s => s with { Transitions = [] }));

        ValidationAssert.Single(
            errors,
            "stage.no-way-out",
            "$.stages[5]",
            "Stage 'review' has no way out. Add a transition, or mark it final if the case should close there.");
    }

    [Fact]
    public void A_stage_without_tasks_or_decision_that_waits_for_an_outcome_would_stall()
    {
        var definition = SampleWorkflow.WithStage("mace-referral", s => s with
        {
            Tasks = [],
            Transitions = [s.Transitions[0] with { Trigger = TransitionTrigger.Outcome, Task = "add-to-agenda", Outcome = "added" }],
        });

        var errors = Validate(definition);

        Assert.Equal(
            [
                new ValidationError(
                    "stage.would-stall",
                    "$.stages[2]",
                    "Stage 'mace-referral' has no tasks and no decision, so nothing would ever move a case on from it. Add tasks or a decision, or a timer or manual transition."),
                new ValidationError(
                    "transition.unknown-task",
                    "$.stages[2].transitions[0].task",
                    "Transition 'on-agenda' of stage 'mace-referral' waits for task 'add-to-agenda', which is not a task of this stage."),
            ],
            errors);
    }

    [Fact]
    public void A_stage_without_tasks_moves_on_by_a_timer()
    {
        var definition = SampleWorkflow.WithStage("mace-referral", s => s with
        {
            Tasks = [],
            Transitions = [s.Transitions[0] with { Trigger = TransitionTrigger.Timer, After = new DueSpec { BeforeNextPanel = "mace" } }],
        });

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void A_stage_without_tasks_waits_for_the_next_sitting_of_the_panel()
    {
        var definition = SampleWorkflow.WithStage("mace-referral", s => s with
        {
            Tasks = [],
            Transitions = [s.Transitions[0] with { Trigger = TransitionTrigger.Timer, After = new DueSpec { NextPanel = "mace", From = DueAnchor.StageEntered } }],
        });

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void A_timer_for_an_unknown_panel_names_the_field()
    {
        var definition = SampleWorkflow.WithStage("mace-referral", s => s with
        {
            Tasks = [],
            Transitions = [s.Transitions[0] with { Trigger = TransitionTrigger.Timer, Task = null, Outcome = null, After = new DueSpec { NextPanel = "mase" } }],
        });

        ValidationAssert.Single(
            Validate(definition),
            "due.unknown-panel",
            "$.stages[2].transitions[0].after.nextPanel",
            "The timer of transition 'on-agenda' in stage 'mace-referral' waits for the next sitting of panel 'mase', which is not a known panel. Use one of: mace.");
    }

    [Fact]
    public void An_outcome_without_its_own_transition_is_fine_when_a_timer_moves_on()
    {
        var definition = SampleWorkflow.WithStage("front-door", s => s with
        {
            Transitions = [.. s.Transitions.Where(t => t.Key != "to-early-help"), new TransitionDefinition { Key = "review-due", To = "closed", Trigger = TransitionTrigger.Timer, After = new DueSpec { Duration = "P12W", From = DueAnchor.StageEntered } }],
        });

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void A_final_stage_with_tasks_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithStage("closed", s => s with { Tasks = [ClosingSummary] }));

        ValidationAssert.Single(
            errors,
            "stage.final-with-tasks",
            "$.stages[6].tasks",
            "Stage 'closed' is final, so the case closes as soon as it arrives and its tasks would never be worked. Remove the tasks, or make the stage not final.");
    }

    [Fact]
    public void A_final_stage_with_transitions_is_refused()
    {
        var reopen = new TransitionDefinition { Key = "reopen", To = "front-door", Trigger = TransitionTrigger.Manual };

        var errors = Validate(SampleWorkflow.WithStage("closed", s => s with { Transitions = [reopen] }));

        ValidationAssert.Single(
            errors,
            "stage.final-with-transitions",
            "$.stages[6].transitions",
            "Stage 'closed' is final, so the case closes as soon as it arrives and its transitions would never fire. Remove them, or make the stage not final.");
    }

    [Fact]
    public void A_final_stage_with_a_decision_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithStage("closed", s => s with { Decision = new StageDecision { RuleSet = "exploitation-screening" } }));

        ValidationAssert.Single(
            errors,
            "stage.final-with-decision",
            "$.stages[6].decision",
            "Stage 'closed' is final, so the case closes as soon as it arrives and its decision would never be taken. Remove the decision, or make the stage not final.");
    }

    [Fact]
    public void A_decision_by_an_unknown_rule_set_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithStage("exploitation-screening", s => s with { Decision = s.Decision! with { RuleSet = "exploitation-screning" } }));

        ValidationAssert.Single(
            errors,
            "decision.unknown-rule-set",
            "$.stages[1].decision.ruleSet",
            "Stage 'exploitation-screening' decides with rule set 'exploitation-screning', which is not a known rule set. Check the key, or create the rule set first.");
    }

    [Fact]
    public void A_decision_stage_needs_an_otherwise_transition()
    {
        var errors = Validate(SampleWorkflow.WithStage("exploitation-screening", s => s with { Transitions = [s.Transitions[0]] }));

        ValidationAssert.Single(
            errors,
            "decision.no-otherwise",
            "$.stages[1].decision",
            "Stage 'exploitation-screening' has no 'otherwise' transition, so a case would be stuck there whenever no rule of 'exploitation-screening' succeeds. Add a decision transition with decision 'otherwise'.");
    }

    [Fact]
    public void An_outcome_no_transition_follows_leads_nowhere()
    {
        var errors = Validate(SampleWorkflow.WithStage("front-door", s => s with { Transitions = s.Transitions.Where(t => t.Key != "to-early-help").ToList() }));

        ValidationAssert.Single(
            errors,
            "outcome.leads-nowhere",
            "$.stages[0].tasks[0].outcomes[1]",
            "Outcome 'early-help' of task 'decide-referral' leads nowhere. Add a transition for it, a transition that fires when all tasks are done, or a timer.");
    }

    [Fact]
    public void An_outcome_without_its_own_transition_is_fine_when_all_tasks_done_moves_on()
    {
        var definition = SampleWorkflow.WithStage("front-door", s => s with
        {
            Transitions = [.. s.Transitions.Where(t => t.Key != "to-early-help"), new TransitionDefinition { Key = "all-done", To = "closed", Trigger = TransitionTrigger.AllTasksDone }],
        });

        Assert.Empty(Validate(definition));
    }
}
