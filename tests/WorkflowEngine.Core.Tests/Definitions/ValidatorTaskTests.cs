using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class ValidatorTaskTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    private static WorkflowDefinition WithDecideReferral(Func<TaskDefinition, TaskDefinition> change) =>
        SampleWorkflow.WithTask("front-door", "decide-referral", change);

    [Fact]
    public void Two_tasks_with_one_key_anywhere_in_the_workflow_are_refused()
    {
        var definition = SampleWorkflow.Definition();
        var decideReferral = definition.Stages[0].Tasks[0];

        var errors = Validate(SampleWorkflow.WithStage("mace-referral", s => s with { Tasks = [.. s.Tasks, decideReferral] }));

        ValidationAssert.Single(
            errors,
            "task.duplicate-key",
            "$.stages[2].tasks[1].key",
            "There are two tasks with the key 'decide-referral' (in stage 'front-door' and stage 'mace-referral'). Task keys must be unique across the whole workflow.");
    }

    [Fact]
    public void An_outcome_guarded_by_an_unknown_rule_set_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Outcomes = [t.Outcomes[0] with { Guard = "has-agencies" }] }));

        ValidationAssert.Single(
            errors,
            "outcome.unknown-guard",
            "$.stages[2].tasks[0].outcomes[0].guard",
            $"Outcome '{SampleWorkflow.Definition().Stages[2].Tasks[0].Outcomes[0].Key}' of task 'add-to-agenda' is guarded by rule set 'has-agencies', which is not published. Publish the rule set first, or choose another.");
    }

    [Fact]
    public void An_outcome_needing_sign_off_by_an_agency_the_partnership_does_not_have_is_refused_in_words()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Outcomes = [t.Outcomes[0] with { SignOff = ["police", "probation"] }] }));

        ValidationAssert.Single(
            errors,
            "outcome.unknown-sign-off-agency",
            "$.stages[2].tasks[0].outcomes[0].signOff[1]",
            $"Outcome '{SampleWorkflow.Definition().Stages[2].Tasks[0].Outcomes[0].Key}' of task 'add-to-agenda' needs sign-off by 'probation', which is not an agency of the partnership. Choose agencies from the agency list.");
    }

    [Fact]
    public void An_outcome_needing_sign_off_by_known_agencies_is_valid()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Outcomes = [t.Outcomes[0] with { SignOff = ["police", "childrens-social-care"] }] }));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_task_without_outcomes_could_never_be_completed()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Outcomes = [] }));

        ValidationAssert.Single(
            errors,
            "task.no-outcomes",
            "$.stages[2].tasks[0].outcomes",
            "Task 'add-to-agenda' has no outcomes, so it could never be completed. Add at least one outcome.");
    }

    [Fact]
    public void Two_outcomes_with_one_key_are_refused()
    {
        var errors = Validate(WithDecideReferral(t => t with { Outcomes = [.. t.Outcomes, new OutcomeDefinition("early-help", "Early Help again")] }));

        ValidationAssert.Single(
            errors,
            "outcome.duplicate-key",
            "$.stages[0].tasks[0].outcomes[3].key",
            "Task 'decide-referral' has two outcomes with the key 'early-help'. Give each outcome a key of its own.");
    }

    [Fact]
    public void An_owner_given_two_ways_is_refused()
    {
        var errors = Validate(WithDecideReferral(t => t with { Owner = t.Owner with { RuleSet = "screening-owner" } }));

        ValidationAssert.Single(
            errors,
            "owner.kind",
            "$.stages[0].tasks[0].owner",
            "Task 'decide-referral' must name its owner in exactly one way: an agency, a rule set, or a case fact listing agencies.");
    }

    [Fact]
    public void An_unknown_owning_agency_is_refused()
    {
        var errors = Validate(WithDecideReferral(t => t with { Owner = t.Owner with { Agency = "social-care" } }));

        ValidationAssert.Single(
            errors,
            "owner.unknown-agency",
            "$.stages[0].tasks[0].owner.agency",
            "Task 'decide-referral' is owned by agency 'social-care', which is not a known agency. Check the key against the agency list.");
    }

    [Fact]
    public void A_role_the_owning_agency_does_not_have_lists_its_roles()
    {
        var errors = Validate(WithDecideReferral(t => t with { Owner = t.Owner with { Role = "mace-chair" } }));

        ValidationAssert.Single(
            errors,
            "owner.unknown-role",
            "$.stages[0].tasks[0].owner.role",
            "Agency 'childrens-social-care' has no role 'mace-chair', so task 'decide-referral' could never be assigned. Use one of its roles: agency-manager, mace-coordinator, mash, safeguarding-lead, team-manager.");
    }

    [Fact]
    public void A_role_no_agency_has_is_refused_for_an_owner_chosen_by_rules()
    {
        var errors = Validate(SampleWorkflow.WithTask("exploitation-screening", "screen-indicators", t => t with { Owner = t.Owner with { Role = "headteacher" } }));

        ValidationAssert.Single(
            errors,
            "owner.unknown-role",
            "$.stages[1].tasks[0].owner.role",
            "No agency has the role 'headteacher', so task 'screen-indicators' could never be assigned. Check the role's key.");
    }

    [Fact]
    public void An_unknown_owner_rule_set_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTask("exploitation-screening", "screen-indicators", t => t with { Owner = new OwnerSpec { RuleSet = "nobody" } }));

        ValidationAssert.Single(
            errors,
            "owner.unknown-rule-set",
            "$.stages[1].tasks[0].owner.ruleSet",
            "Task 'screen-indicators' picks its owner with rule set 'nobody', which is not a known rule set. Check the key, or create the rule set first.");
    }

    [Fact]
    public void A_due_time_given_two_ways_is_refused()
    {
        var errors = Validate(WithDecideReferral(t => t with { Due = t.Due with { Duration = "P1D" } }));

        ValidationAssert.Single(
            errors,
            "due.kind",
            "$.stages[0].tasks[0].due",
            "The due time of task 'decide-referral' must be given in exactly one way: working days, a duration, before the next panel (its agenda deadline) or at the next panel (when it sits).");
    }

    [Fact]
    public void A_due_duration_in_months_is_refused_with_the_reason()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-discussion", "discuss-at-panel", t => t with { Due = t.Due with { Duration = "P1M" } }));

        ValidationAssert.Single(
            errors,
            "due.invalid-duration",
            "$.stages[3].tasks[0].due.duration",
            "The due time of task 'discuss-at-panel' is not usable: 'P1M' uses years or months, whose length varies. Give the timescale in weeks, days or hours instead.");
    }

    [Fact]
    public void Negative_working_days_are_refused()
    {
        var errors = Validate(WithDecideReferral(t => t with { Due = t.Due with { WorkingDays = -1 } }));

        ValidationAssert.Single(
            errors,
            "due.negative-working-days",
            "$.stages[0].tasks[0].due.workingDays",
            "The due time of task 'decide-referral' is -1 working days, which is before the clock starts. Use 0 or more.");
    }

    [Fact]
    public void An_unknown_panel_lists_the_known_ones()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Due = new DueSpec { BeforeNextPanel = "mase" } }));

        ValidationAssert.Single(
            errors,
            "due.unknown-panel",
            "$.stages[2].tasks[0].due.beforeNextPanel",
            "The due time of task 'add-to-agenda' waits for panel 'mase', which is not a known panel. Use one of: mace.");
    }

    [Fact]
    public void An_unknown_panel_at_the_next_sitting_names_the_field()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Due = new DueSpec { NextPanel = "mase" } }));

        ValidationAssert.Single(
            errors,
            "due.unknown-panel",
            "$.stages[2].tasks[0].due.nextPanel",
            "The due time of task 'add-to-agenda' waits for the next sitting of panel 'mase', which is not a known panel. Use one of: mace.");
    }

    [Fact]
    public void A_due_time_both_before_and_at_the_next_panel_is_given_in_two_ways()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-referral", "add-to-agenda", t => t with { Due = new DueSpec { BeforeNextPanel = "mace", NextPanel = "mace" } }));

        ValidationAssert.Single(
            errors,
            "due.kind",
            "$.stages[2].tasks[0].due",
            "The due time of task 'add-to-agenda' must be given in exactly one way: working days, a duration, before the next panel (its agenda deadline) or at the next panel (when it sits).");
    }
}
