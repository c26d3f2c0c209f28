using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class ValidatorTransitionTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    private static WorkflowDefinition WithExtraTransition(string stage, TransitionDefinition transition) =>
        SampleWorkflow.WithStage(stage, s => s with { Transitions = [.. s.Transitions, transition] });

    [Fact]
    public void Two_transitions_with_one_key_in_a_stage_are_refused()
    {
        var errors = Validate(SampleWorkflow.WithTransition("front-door", "no-action", t => t with { Key = "to-early-help" }));

        ValidationAssert.Single(
            errors,
            "transition.duplicate-key",
            "$.stages[0].transitions[2].key",
            "Stage 'front-door' has two transitions with the key 'to-early-help'. Give each transition a key of its own.");
    }

    [Fact]
    public void A_transition_to_an_unknown_stage_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTransition("front-door", "to-early-help", t => t with { To = "closd" }));

        ValidationAssert.Single(
            errors,
            "transition.unknown-stage",
            "$.stages[0].transitions[1].to",
            "Transition 'to-early-help' of stage 'front-door' goes to 'closd', which is not a stage of this workflow.");
    }

    [Fact]
    public void An_outcome_transition_must_name_its_task()
    {
        var errors = Validate(WithExtraTransition(
            "front-door",
            new TransitionDefinition { Key = "extra", To = "closed", Trigger = TransitionTrigger.Outcome, Outcome = "early-help" }));

        ValidationAssert.Single(
            errors,
            "transition.missing-task",
            "$.stages[0].transitions[3]",
            "Transition 'extra' of stage 'front-door' fires on a task outcome but does not say which task. Set 'task' to one of the stage's tasks.");
    }

    [Fact]
    public void An_outcome_transition_must_name_its_outcome()
    {
        var errors = Validate(WithExtraTransition(
            "front-door",
            new TransitionDefinition { Key = "extra", To = "closed", Trigger = TransitionTrigger.Outcome, Task = "decide-referral" }));

        ValidationAssert.Single(
            errors,
            "transition.missing-outcome",
            "$.stages[0].transitions[3]",
            "Transition 'extra' of stage 'front-door' fires on a task outcome but does not say which outcome. Set 'outcome' to one of the task's outcomes.");
    }

    [Fact]
    public void An_outcome_transition_naming_a_task_of_another_stage_is_refused()
    {
        var errors = Validate(WithExtraTransition(
            "front-door",
            new TransitionDefinition { Key = "extra", To = "closed", Trigger = TransitionTrigger.Outcome, Task = "review-case", Outcome = "close" }));

        ValidationAssert.Single(
            errors,
            "transition.unknown-task",
            "$.stages[0].transitions[3].task",
            "Transition 'extra' of stage 'front-door' waits for task 'review-case', which is not a task of this stage.");
    }

    [Fact]
    public void An_outcome_transition_naming_an_outcome_the_task_lacks_lists_its_outcomes()
    {
        var errors = Validate(WithExtraTransition(
            "front-door",
            new TransitionDefinition { Key = "to-assessment", To = "closed", Trigger = TransitionTrigger.Outcome, Task = "decide-referral", Outcome = "section-17" }));

        ValidationAssert.Single(
            errors,
            "transition.unknown-outcome",
            "$.stages[0].transitions[3].outcome",
            "Transition 'to-assessment' of stage 'front-door' waits for outcome 'section-17' of task 'decide-referral', which that task does not have. Its outcomes are: no-further-action, early-help, exploitation-screening.");
    }

    [Fact]
    public void A_decision_transition_in_a_stage_without_a_decision_is_refused()
    {
        var errors = Validate(WithExtraTransition(
            "mace-referral",
            new TransitionDefinition { Key = "by-rules", To = "closed", Trigger = TransitionTrigger.Decision, Decision = "close" }));

        ValidationAssert.Single(
            errors,
            "transition.no-stage-decision",
            "$.stages[2].transitions[1].trigger",
            "Transition 'by-rules' of stage 'mace-referral' waits for a decision, but the stage takes none. Add a decision to the stage, or change the trigger.");
    }

    [Fact]
    public void A_decision_transition_must_name_its_decision()
    {
        var errors = Validate(SampleWorkflow.WithTransition("exploitation-screening", "refer-to-mace", t => t with { Decision = null }));

        ValidationAssert.Single(
            errors,
            "transition.missing-decision",
            "$.stages[1].transitions[0]",
            "Transition 'refer-to-mace' of stage 'exploitation-screening' fires on the stage's decision but does not say which one. Set 'decision' to a rule's success event, or to 'otherwise'.");
    }

    [Fact]
    public void A_timer_must_say_when_it_fires()
    {
        var errors = Validate(SampleWorkflow.WithTransition("disruption", "review-due", t => t with { After = null }));

        ValidationAssert.Single(
            errors,
            "transition.timer-without-after",
            "$.stages[4].transitions[1]",
            "Transition 'review-due' of stage 'disruption' is a timer but does not say when it fires. Set 'after', for example to 12 weeks.");
    }

    [Fact]
    public void A_time_on_a_transition_that_is_not_a_timer_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTransition("disruption", "actions-done", t => t with { After = new DueSpec { WorkingDays = 2 } }));

        ValidationAssert.Single(
            errors,
            "transition.after-without-timer",
            "$.stages[4].transitions[0].after",
            "Transition 'actions-done' of stage 'disruption' has an 'after' time, but it fires on 'allTasksDone', not on a timer, so the time would be ignored. Remove 'after', or make the trigger 'timer'.");
    }

    [Fact]
    public void A_timer_with_an_unusable_duration_quotes_the_duration_rules()
    {
        var errors = Validate(SampleWorkflow.WithTransition("disruption", "review-due", t => t with { After = new DueSpec { Duration = "P3M" } }));

        ValidationAssert.Single(
            errors,
            "due.invalid-duration",
            "$.stages[4].transitions[1].after.duration",
            "The timer of transition 'review-due' in stage 'disruption' is not usable: 'P3M' uses years or months, whose length varies. Give the timescale in weeks, days or hours instead.");
    }

    [Fact]
    public void An_unknown_guard_rule_set_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTransition("mace-discussion", "to-disruption", t => t with { Guard = "has-agencies" }));

        ValidationAssert.Single(
            errors,
            "transition.unknown-guard",
            "$.stages[3].transitions[0].guard",
            "Transition 'to-disruption' of stage 'mace-discussion' is guarded by rule set 'has-agencies', which is not a known rule set. Check the key, or create the rule set first.");
    }

    [Fact]
    public void Starting_an_unknown_workflow_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTransition("exploitation-screening", "refer-to-mace", t => t with { StartWorkflows = ["nrm"] }));

        ValidationAssert.Single(
            errors,
            "transition.unknown-workflow",
            "$.stages[1].transitions[0].startWorkflows[0]",
            "Transition 'refer-to-mace' of stage 'exploitation-screening' starts workflow 'nrm', which is not a known workflow. Check the key, or create that workflow first.");
    }

    [Fact]
    public void A_transition_cannot_start_its_own_workflow()
    {
        var errors = Validate(SampleWorkflow.WithTransition("exploitation-screening", "refer-to-mace", t => t with { StartWorkflows = ["nrm-referral", "cce-referral"] }));

        ValidationAssert.Single(
            errors,
            "transition.starts-itself",
            "$.stages[1].transitions[0].startWorkflows[1]",
            "Transition 'refer-to-mace' of stage 'exploitation-screening' starts workflow 'cce-referral', which is this workflow itself. Remove it, or name the linked workflow you meant.");
    }
}
