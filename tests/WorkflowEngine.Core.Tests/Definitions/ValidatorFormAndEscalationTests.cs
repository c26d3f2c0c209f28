using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class ValidatorFormAndEscalationTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    private static WorkflowDefinition WithPanelField(Func<FormField, FormField> change) =>
        SampleWorkflow.WithTask("mace-discussion", "discuss-at-panel", t => t with { Form = [change(t.Form[0]), .. t.Form.Skip(1)] });

    private static WorkflowDefinition WithRungs(Func<IReadOnlyList<EscalationRung>, IReadOnlyList<EscalationRung>> change) =>
        SampleWorkflow.WithTask("front-door", "decide-referral", t => t with { Escalation = change(t.Escalation) });

    [Fact]
    public void Two_form_fields_with_one_key_are_refused()
    {
        var errors = Validate(SampleWorkflow.WithTask("front-door", "decide-referral", t => t with { Form = [t.Form[0], t.Form[0]] }));

        ValidationAssert.Single(
            errors,
            "field.duplicate-key",
            "$.stages[0].tasks[0].form[1].key",
            "Task 'decide-referral' has two form fields with the key 'decisionRationale'. Give each field a key of its own.");
    }

    [Fact]
    public void A_field_default_from_a_fact_the_catalogue_lacks_or_of_another_kind_is_refused()
    {
        var context = SampleWorkflow.Context with { Facts = new Dictionary<string, FactType> { ["multiplePhones"] = FactType.Boolean } };
        var unknown = WorkflowDefinitionValidator.Validate(WithPanelField(f => f with { Default = new FieldDefault { Fact = "secondPhone" } }), context);
        var mismatch = WorkflowDefinitionValidator.Validate(WithPanelField(f => f with { Default = new FieldDefault { Fact = "multiplePhones" } }), context);

        ValidationAssert.Single(
            unknown,
            "field.unknown-default-fact",
            "$.stages[3].tasks[0].form[0].default.fact",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' starts from the case fact 'secondPhone', which is not in the fact catalogue (reference/facts.json). Use a fact the referral records, or remove the default.");
        ValidationAssert.Single(
            mismatch,
            "field.default-type-mismatch",
            "$.stages[3].tasks[0].form[0].default.fact",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' is a 'choice' field but the case fact 'multiplePhones' is a 'boolean', so it cannot start from it. Choose a fact of the same kind.");
    }

    [Fact]
    public void A_choice_field_with_nothing_to_choose_is_refused()
    {
        var errors = Validate(WithPanelField(f => f with { Choices = [] }));

        ValidationAssert.Single(
            errors,
            "field.no-choices",
            "$.stages[3].tasks[0].form[0]",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' is a choice field but offers nothing to choose. Add choices, or name a choice list.");
    }

    [Fact]
    public void An_unknown_choice_list_lists_the_known_ones()
    {
        var errors = Validate(SampleWorkflow.WithTask("exploitation-screening", "screen-indicators", t => t with { Form = [t.Form[0], t.Form[1] with { ChoiceList = "indicator-list" }] }));

        ValidationAssert.Single(
            errors,
            "field.unknown-choice-list",
            "$.stages[1].tasks[0].form[1].choiceList",
            "Field 'indicators' of task 'screen-indicators' takes its choices from the list 'indicator-list', which is not a known choice list. Use one of: agencies, disruption-measures, exploitation-indicators.");
    }

    [Fact]
    public void Choices_on_a_field_that_is_not_a_choice_are_refused()
    {
        var errors = Validate(SampleWorkflow.WithTask("front-door", "decide-referral", t => t with
        {
            Form = [t.Form[0] with { Choices = [new ChoiceOption("yes", "Yes")] }],
        }));

        ValidationAssert.Single(
            errors,
            "field.choices-not-allowed",
            "$.stages[0].tasks[0].form[0].choices",
            "Field 'decisionRationale' of task 'decide-referral' is a 'longText' field, so its choices would never be shown. Remove them, or make it a choice field.");
    }

    [Fact]
    public void A_choice_field_with_both_choices_and_a_list_is_refused()
    {
        var errors = Validate(WithPanelField(f => f with { ChoiceList = "agencies" }));

        ValidationAssert.Single(
            errors,
            "field.choices-and-list",
            "$.stages[3].tasks[0].form[0]",
            "Field 'agreedRiskLevel' of task 'discuss-at-panel' has both its own choices and the choice list 'agencies'. Keep one of them.");
    }

    [Fact]
    public void An_escalation_level_outside_one_to_four_is_refused()
    {
        var errors = Validate(WithRungs(r => [r[0], r[1] with { Level = 5 }]));

        ValidationAssert.Single(
            errors,
            "escalation.level-out-of-range",
            "$.stages[0].tasks[0].escalation[1].level",
            "Escalation rung 2 of task 'decide-referral' has level 5. Levels run from 1 (team manager) to 4 (partnership chair).");
    }

    [Fact]
    public void Escalation_levels_must_climb()
    {
        var errors = Validate(WithRungs(r => [r[1], r[0]]));

        ValidationAssert.Single(
            errors,
            "escalation.level-order",
            "$.stages[0].tasks[0].escalation[1].level",
            "Escalation level 1 of task 'decide-referral' comes after level 2. List the rungs from the lowest level up, each level once.");
    }

    [Fact]
    public void An_escalation_level_may_not_repeat()
    {
        var errors = Validate(WithRungs(r => [r[0], r[1] with { Level = 1 }]));

        ValidationAssert.Single(
            errors,
            "escalation.level-order",
            "$.stages[0].tasks[0].escalation[1].level",
            "Escalation level 1 of task 'decide-referral' comes after level 1. List the rungs from the lowest level up, each level once.");
    }

    [Fact]
    public void An_escalation_to_an_unknown_agency_is_refused()
    {
        var errors = Validate(SampleWorkflow.WithTask("mace-discussion", "discuss-at-panel", t => t with
        {
            Escalation = [t.Escalation[0] with { Target = t.Escalation[0].Target with { Agency = "csc" } }],
        }));

        ValidationAssert.Single(
            errors,
            "escalation.unknown-agency",
            "$.stages[3].tasks[0].escalation[0].target.agency",
            "Escalation level 1 of task 'discuss-at-panel' goes to agency 'csc', which is not a known agency. Check the key against the agency list.");
    }

    [Fact]
    public void An_escalation_to_a_role_the_owning_agency_lacks_lists_its_roles()
    {
        var errors = Validate(WithRungs(r => [r[0] with { Target = new EscalationTarget { Role = "duty-manager" } }, r[1]]));

        ValidationAssert.Single(
            errors,
            "escalation.unknown-role",
            "$.stages[0].tasks[0].escalation[0].target.role",
            "Escalation level 1 of task 'decide-referral' goes to role 'duty-manager', which agency 'childrens-social-care' does not have. Use one of its roles: agency-manager, mace-coordinator, mash, safeguarding-lead, team-manager.");
    }

    [Fact]
    public void An_escalation_wait_is_checked_like_a_due_time()
    {
        var errors = Validate(WithRungs(r => [r[0], r[1] with { After = new DueSpec { Duration = "two days" } }]));

        ValidationAssert.Single(
            errors,
            "due.invalid-duration",
            "$.stages[0].tasks[0].escalation[1].after.duration",
            "Escalation level 2 of task 'decide-referral' is not usable: 'two days' is not an ISO-8601 duration. Write it like PT72H (72 hours), P5D (5 days) or P12W (12 weeks).");
    }
}
