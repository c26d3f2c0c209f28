using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

/// <summary>The settings the shipped tracks' corrections use: latestWithin, requiredFor and tellAgencyIn.</summary>
public class ValidatorPathwayTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        WorkflowDefinitionValidator.Validate(definition, SampleWorkflow.Context);

    private static WorkflowDefinition WithDecision(Func<TaskDefinition, TaskDefinition> change) => SampleWorkflow.WithTask("front-door", "decide-referral", change);

    [Fact]
    public void Latest_within_on_anything_but_before_next_panel_is_refused()
    {
        var errors = Validate(WithDecision(t => t with { Due = t.Due with { LatestWithin = "P12W" } }));

        ValidationAssert.Single(errors, "due.latest-within", "$.stages[0].tasks[0].due.latestWithin",
            "The due time of task 'decide-referral' gives latestWithin, which only applies to beforeNextPanel (the last sitting within that time). Remove it, or wait for a panel.");
    }

    [Fact]
    public void A_field_required_for_an_outcome_the_task_lacks_is_refused_listing_the_outcomes()
    {
        var errors = Validate(WithDecision(t => t with { Form = [t.Form[0] with { Required = false, RequiredFor = ["strategy-discussion"] }] }));

        ValidationAssert.Single(errors, "field.required-for-unknown-outcome", "$.stages[0].tasks[0].form[0].requiredFor[0]",
            "Field 'decisionRationale' of task 'decide-referral' is required for the outcome 'strategy-discussion', which the task does not have. Use one of: early-help, exploitation-screening, no-further-action.");
    }

    [Fact]
    public void Telling_the_agency_in_a_field_that_is_not_an_agency_choice_is_refused()
    {
        var errors = Validate(WithDecision(t => t with { TellAgencyIn = "decisionRationale" }));

        ValidationAssert.Single(errors, "task.tell-agency-field", "$.stages[0].tasks[0].tellAgencyIn",
            "Task 'decide-referral' tells the agency in 'decisionRationale', which is not one of its form fields choosing from the 'agencies' list. Name such a field, or remove tellAgencyIn.");
    }

    [Fact]
    public void A_field_required_for_one_outcome_is_needed_only_for_that_outcome_and_the_message_names_it()
    {
        var task = WithDecision(t => t with { Form = [t.Form[0] with { Required = false, RequiredFor = ["no-further-action"] }] })
            .Stages[0].Tasks[0];
        var forms = new FormDataValidator(Core.Reference.ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!);

        Assert.Empty(forms.Validate(task, "early-help", []));
        var error = Assert.Single(forms.Validate(task, "no-further-action", []));
        Assert.Equal(("form.required", "$.data.decisionRationale", "Answer 'Why this decision?': it is needed when the outcome is 'No further action'."),
            (error.Code, error.Path, error.Message));
    }
}
