using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

public class WorkflowDefinitionReaderTests
{
    [Fact]
    public void A_syntax_error_is_reported_with_its_line_and_position()
    {
        var result = WorkflowDefinitionReader.Read("{\n  \"key\": \"x\"\n  \"name\": \"y\"\n}");

        Assert.Null(result.Definition);
        ValidationAssert.Single(
            result.Errors,
            "json.syntax",
            "$",
            "The file is not valid JSON at line 3, position 3: '\"' is invalid after a value. Expected either ',', '}', or ']'. Check for a missing comma, quote or bracket just before that point.");
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        var result = WorkflowDefinitionReader.Read("  \n");

        ValidationAssert.Single(result.Errors, "json.syntax", "$", "The file is empty. A workflow file starts with { and ends with }.");
    }

    [Fact]
    public void A_number_too_large_to_compare_in_a_list_of_outcomes_is_a_problem_not_a_crash()
    {
        // Found by the fuzz tests: the schema library throws comparing 9E+48 with the list's other items.
        var shipped = File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "exclusion.json"));
        var broken = shipped.Replace("\"requiredFor\": [\n                \"suspension-over-five-days\"", "\"requiredFor\": [\n                9.298648580830934E+48", StringComparison.Ordinal);
        Assert.NotEqual(shipped, broken);

        var result = WorkflowDefinitionReader.Read(broken);

        Assert.Null(result.Definition);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Half_a_character_escaped_in_a_name_is_refused_at_its_path_rather_than_crashing_the_reader()
    {
        var result = WorkflowDefinitionReader.Read("""{ "key": "x", "name": "Referral \udfff", "stages": [ { "key": "a", "\ud800": 1 } ] }""");

        Assert.Null(result.Definition);
        ValidationAssert.Single(
            result.Errors,
            "json.syntax",
            "$.name",
            "This text holds an escape that is not a real character (half of a \\u pair, such as \\udfff). Retype the text.");
        Assert.Equal("$.stages[0]", UnreadableJsonText.Find(System.Text.Json.JsonDocument.Parse("""{ "stages": [ { "\ud800": 1 } ] }""").RootElement));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var json = SampleWorkflow.JsonWith("\"calendar\": \"england-and-wales\",", "// counted on English bank holidays\n  \"calendar\": \"england-and-wales\",");
        json = json.Replace("\"linkedWorkflows\": [\"missing-episode\", \"nrm-referral\"]", "\"linkedWorkflows\": [\"missing-episode\", \"nrm-referral\",]", StringComparison.Ordinal);

        var result = WorkflowDefinitionReader.Read(json);

        Assert.Empty(result.Errors);
        Assert.Equal(["missing-episode", "nrm-referral"], result.Definition!.LinkedWorkflows);
    }

    [Fact]
    public void A_missing_required_setting_is_named()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"title\": \"Acknowledge and decide referral\",", ""));

        ValidationAssert.Single(result.Errors, "schema.required", "$.stages[0].tasks[0]", "The task needs a 'title'.");
    }

    [Fact]
    public void A_misspelt_setting_is_caught_as_unknown_as_well_as_missing()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"title\": \"Acknowledge", "\"titel\": \"Acknowledge"));

        Assert.Equal(
            [
                new ValidationError("schema.required", "$.stages[0].tasks[0]", "The task needs a 'title'."),
                new ValidationError("schema.unknown-setting", "$.stages[0].tasks[0].titel", "'titel' is not a setting a task can have. Check the spelling."),
            ],
            result.Errors.OrderBy(e => e.Code, StringComparer.Ordinal));
        Assert.Null(result.Definition);
    }

    [Fact]
    public void A_key_with_spaces_and_capitals_gets_a_suggested_spelling()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"key\": \"front-door\",", "\"key\": \"Front Door\","));

        ValidationAssert.Single(
            result.Errors,
            "schema.pattern",
            "$.stages[0].key",
            "'Front Door' is not a valid key: use lower-case words joined by hyphens, like 'front-door'.");
    }

    [Fact]
    public void A_form_field_key_must_be_camel_case()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"key\": \"decisionRationale\"", "\"key\": \"Decision rationale\""));

        ValidationAssert.Single(
            result.Errors,
            "schema.pattern",
            "$.stages[0].tasks[0].form[0].key",
            "'Decision rationale' is not a valid name: use letters and digits only, starting with a lower-case letter and with a capital for each new word, like 'decisionRationale'.");
    }

    [Fact]
    public void An_unknown_trigger_lists_the_allowed_triggers()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"trigger\": \"manual\"", "\"trigger\": \"byHand\""));

        ValidationAssert.Single(
            result.Errors,
            "schema.enum",
            "$.stages[4].transitions[2].trigger",
            "'byHand' is not a valid value for 'trigger'. Use one of: outcome, decision, allTasksDone, anyTaskDone, timer, manual.");
    }

    [Fact]
    public void An_unknown_escalation_action_lists_the_allowed_actions()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"actions\": [\"notify\"]", "\"actions\": [\"shout\"]"));

        ValidationAssert.Single(
            result.Errors,
            "schema.enum",
            "$.stages[0].tasks[0].escalation[0].actions[0]",
            "'shout' is not a valid value for 'actions'. Use one of: notify, raisePriority, reassign.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_named_with_both_types()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"workingDays\": 10", "\"workingDays\": \"10\""));

        ValidationAssert.Single(
            result.Errors,
            "schema.type",
            "$.stages[4].tasks[0].due.workingDays",
            "'workingDays' should be a whole number, but it is text.");
    }

    [Fact]
    public void A_file_holding_a_list_is_not_a_workflow()
    {
        var result = WorkflowDefinitionReader.Read("[]");

        ValidationAssert.Single(result.Errors, "schema.type", "$", "The workflow should be a group of settings in { }, but it is a list.");
    }

    [Fact]
    public void An_owner_named_two_ways_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith(
            "{ \"ruleSet\": \"screening-owner\" }",
            "{ \"ruleSet\": \"screening-owner\", \"agency\": \"police\" }"));

        ValidationAssert.Single(
            result.Errors,
            "schema.one-of",
            "$.stages[1].tasks[0].owner",
            "The task owner needs exactly one of 'agency', 'ruleSet' or 'forEachAgencyIn'.");
    }

    [Fact]
    public void A_due_time_given_no_way_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"due\": { \"beforeNextPanel\": \"mace\" }", "\"due\": { }"));

        ValidationAssert.Single(
            result.Errors,
            "schema.one-of",
            "$.stages[2].tasks[0].due",
            "The due time needs exactly one of 'workingDays', 'duration', 'beforeNextPanel' or 'nextPanel'.");
    }

    [Fact]
    public void A_due_time_at_the_next_panel_is_read()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"due\": { \"beforeNextPanel\": \"mace\" }", "\"due\": { \"nextPanel\": \"mace\", \"from\": \"stageEntered\" }"));

        Assert.Empty(result.Errors);
        var due = result.Definition!.Stages[2].Tasks[0].Due;
        Assert.Equal(("mace", (string?)null, DueAnchor.StageEntered), (due.NextPanel, due.BeforeNextPanel, due.From));
    }

    [Fact]
    public void A_due_time_both_before_and_at_the_next_panel_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"due\": { \"beforeNextPanel\": \"mace\" }", "\"due\": { \"beforeNextPanel\": \"mace\", \"nextPanel\": \"mace\" }"));

        ValidationAssert.Single(
            result.Errors,
            "schema.one-of",
            "$.stages[2].tasks[0].due",
            "The due time needs exactly one of 'workingDays', 'duration', 'beforeNextPanel' or 'nextPanel'.");
    }

    [Fact]
    public void An_owner_written_as_text_gets_one_type_error_only()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"owner\": { \"ruleSet\": \"screening-owner\" }", "\"owner\": \"police\""));

        ValidationAssert.Single(
            result.Errors,
            "schema.type",
            "$.stages[1].tasks[0].owner",
            "'owner' should be a group of settings in { }, but it is text.");
    }

    [Fact]
    public void A_task_without_outcomes_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith(
            "\"outcomes\": [ { \"key\": \"added\", \"label\": \"Added to agenda\" } ]",
            "\"outcomes\": []"));

        ValidationAssert.Single(result.Errors, "schema.empty-list", "$.stages[2].tasks[0].outcomes", "The task needs at least one entry in 'outcomes'.");
    }

    [Fact]
    public void An_escalation_level_above_four_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith(
            "{ \"level\": 1, \"after\": { \"workingDays\": 1 }",
            "{ \"level\": 5, \"after\": { \"workingDays\": 1 }"));

        ValidationAssert.Single(result.Errors, "schema.range", "$.stages[0].tasks[0].escalation[0].level", "'level' cannot be more than 4.");
    }

    [Fact]
    public void An_empty_stage_name_is_refused()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.JsonWith("\"name\": \"Closed\"", "\"name\": \"\""));

        ValidationAssert.Single(result.Errors, "schema.empty-text", "$.stages[6].name", "'name' cannot be empty. Write some text.");
    }

    [Fact]
    public void Over_long_names_keys_and_descriptions_are_refused_naming_each_and_its_limit()
    {
        var json = SampleWorkflow.JsonWith("\"name\": \"Closed\"", $"\"name\": \"{new string('x', 201)}\"")
            .Replace("\"key\": \"decide-referral\"", $"\"key\": \"{new string('d', 101)}\"", StringComparison.Ordinal)
            .Replace("From a concern about a child, through MACE, to disruption and review.", new string('w', 2001), StringComparison.Ordinal);

        var result = WorkflowDefinitionReader.Read(json);

        var tooLong = result.Errors.Where(e => e.Code == "text.too-long").ToList();
        Assert.Contains(tooLong, e => e.Path == "$.stages[6].name" && e.Message == "'name' is too long: at most 200 characters are allowed. Shorten it.");
        Assert.Contains(tooLong, e => e.Path == "$.stages[0].tasks[0].key" && e.Message.Contains("at most 100 characters", StringComparison.Ordinal));
        Assert.Contains(tooLong, e => e.Path == "$.description" && e.Message.Contains("at most 2000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_schema_problem_is_reported_at_once()
    {
        var json = SampleWorkflow.JsonWith("\"key\": \"front-door\",", "\"key\": \"Front Door\",");
        json = json.Replace("\"trigger\": \"manual\"", "\"trigger\": \"byHand\"", StringComparison.Ordinal);
        json = json.Replace("\"workingDays\": 10", "\"workingDays\": -1", StringComparison.Ordinal);

        var result = WorkflowDefinitionReader.Read(json);

        Assert.Equal(
            ["$.stages[0].key", "$.stages[4].tasks[0].due.workingDays", "$.stages[4].transitions[2].trigger"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(new ValidationError("schema.range", "$.stages[4].tasks[0].due.workingDays", "'workingDays' cannot be less than 0."), result.Errors);
    }
}
