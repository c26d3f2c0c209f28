using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Reference;

public sealed class ChoiceEligibilityTests
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly TaskDefinition Disruption = new()
    {
        Key = "disruption-action",
        Title = "Disruption action",
        Owner = new OwnerSpec { Agency = "police" },
        Due = new DueSpec { WorkingDays = 10 },
        Outcomes = [new("done", "Action done")],
        Form = [new FormField { Key = "disruptionMeasures", Label = "Disruption measures used", Type = FormFieldType.MultiChoice, ChoiceList = "disruption-measures" }],
    };

    private static JsonObject Chose(params string[] measures) => new() { ["disruptionMeasures"] = new JsonArray([.. measures.Select(m => (JsonNode)m)]) };

    [Fact]
    public void A_child_abduction_warning_notice_for_a_15_year_old_meets_its_condition()
    {
        var unmet = ChoiceEligibility.Unmet(Disruption, Chose("child-abduction-warning-notice"), Reference, Today.AddYears(-16).AddDays(1), [], Today);

        Assert.Empty(unmet);
    }

    [Fact]
    public void A_child_abduction_warning_notice_for_a_16_year_old_not_in_care_is_refused_with_the_condition_in_words()
    {
        var unmet = ChoiceEligibility.Unmet(Disruption, Chose("child-abduction-warning-notice"), Reference, Today.AddYears(-16), new JsonObject { ["lookedAfter"] = false }, Today);

        var error = Assert.Single(ChoiceEligibility.Errors(unmet, []));
        Assert.Equal(ChoiceEligibility.NotMetCode, error.Code);
        Assert.Equal("$.data.disruptionMeasures", error.Path);
        Assert.Equal(
            "'Child Abduction Warning Notice' cannot be recorded for this child: A Child Abduction Warning Notice can only be issued for a child under 16, or under 18 who is looked after (in care).",
            error.Message);
    }

    [Fact]
    public void A_16_year_old_in_care_meets_the_second_way_and_a_fact_in_the_same_answers_counts()
    {
        var child = Today.AddYears(-17);
        Assert.Empty(ChoiceEligibility.Unmet(Disruption, Chose("child-abduction-warning-notice"), Reference, child, new JsonObject { ["lookedAfter"] = true }, Today));

        var answers = Chose("child-abduction-warning-notice");
        answers["lookedAfter"] = true;
        Assert.Empty(ChoiceEligibility.Unmet(Disruption, answers, Reference, child, [], Today));
    }

    [Fact]
    public void Without_a_date_of_birth_the_condition_cannot_be_met_and_the_message_says_why()
    {
        var unmet = ChoiceEligibility.Unmet(Disruption, Chose("child-abduction-warning-notice"), Reference, null, [], Today);

        var error = Assert.Single(ChoiceEligibility.Errors(unmet, []));
        Assert.EndsWith("(the child's date of birth is not recorded.)", error.Message);
    }

    [Fact]
    public void A_court_order_is_accepted_only_once_its_advisory_condition_is_acknowledged()
    {
        var unmet = ChoiceEligibility.Unmet(Disruption, Chose("sexual-risk-order", "intelligence-submission"), Reference, null, [], Today);

        var warning = Assert.Single(unmet);
        Assert.True(warning.Condition.Advisory);
        var error = Assert.Single(ChoiceEligibility.Errors(unmet, []));
        Assert.Equal(ChoiceEligibility.UnacknowledgedCode, error.Code);
        Assert.StartsWith("'Sexual Risk Order': Needs a court order", error.Message);
        Assert.Empty(ChoiceEligibility.Errors(unmet, ["sexual-risk-order"]));
    }

    [Theory]
    [InlineData("2008-02-29", "2024-02-28", 15)]
    [InlineData("2008-02-29", "2024-02-29", 16)]
    [InlineData("2008-02-29", "2025-02-28", 16)]
    [InlineData("2008-02-29", "2025-03-01", 17)]
    [InlineData("2010-12-04", "2026-12-03", 15)]
    [InlineData("2010-12-03", "2026-12-03", 16)]
    public void Ages_count_whole_years_with_a_leap_day_birthday_on_1_March(string born, string day, int age) =>
        Assert.Equal(age, ChoiceEligibility.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
