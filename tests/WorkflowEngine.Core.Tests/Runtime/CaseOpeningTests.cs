using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Runtime;

public sealed class CaseOpeningTests
{
    [Fact]
    public async Task A_routine_contact_creates_the_screening_task_for_the_MASH_due_by_the_end_of_the_next_working_day()
    {
        var harness = await RuntimeHarness.StartAsync();

        var state = await harness.OpenAsync();

        Assert.Equal("screen", state.StageKey);
        var task = Assert.Single(state.Tasks);
        Assert.Equal(("childrens-social-care", "mash", CaseTaskStatus.Open), (task.Agency, task.Role, task.Status));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero), task.DueAt);
        Assert.Equal(1, state.WorkflowVersion);
    }

    [Fact]
    public async Task An_urgent_contact_skips_screening_and_the_journal_records_the_rule_decision_and_its_output()
    {
        var harness = await RuntimeHarness.StartAsync();

        var state = await harness.OpenAsync(urgent: true);

        Assert.Equal("plan", state.StageKey);
        Assert.Equal("significant", state.Facts["riskLevel"]!.GetValue<string>());
        var journal = await harness.Service.ReadJournalAsync(state.Id);
        var decision = journal.Single(e => e.Kind == "rule.decided").Data;
        Assert.Equal("test-routing", decision["ruleSet"]!.GetValue<string>());
        Assert.Equal(1, decision["ruleSetVersion"]!.GetValue<int>());
        Assert.Equal("urgent-risk", decision["firedRule"]!.GetValue<string>());
        Assert.Equal("urgent", decision["event"]!.GetValue<string>());
        Assert.Equal("significant", decision["output"]!.GetValue<string>());
        Assert.True(decision["inputs"]!["facts"]!["urgent"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_contact_with_missing_and_unknown_details_is_refused_naming_every_field_and_nothing_is_saved()
    {
        var harness = await RuntimeHarness.StartAsync();

        var result = await harness.Service.OpenCaseAsync(new OpenCaseCommand(
            "test-referral",
            new ChildDetails(" "),
            new ContactDetails("", "the-moon", "", false),
            new JsonObject { ["notAFact"] = 1, ["missingEpisodes"] = "three" },
            "someone"));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal(
            [
                ("$.child.name", "Enter the child's name."),
                ("$.contact.referrer", "Enter who raised the concern."),
                ("$.contact.referrerAgency", "'the-moon' is not an agency of the partnership. Choose the referrer's agency from the list."),
                ("$.contact.concern", "Describe the concern: what was seen or heard."),
                ("$.facts.notAFact", "'notAFact' is not a fact the partnership records. Check the spelling against the fact catalogue."),
                ("$.facts.missingEpisodes", $"'{harness.Reference.FactsByKey["missingEpisodes"].Label}' must be a whole number."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
        Assert.Equal(0, ((InMemoryCaseStore)harness.Cases).Saves);
    }

    [Fact]
    public async Task Checking_a_contact_lists_every_problem_and_opens_nothing()
    {
        var harness = await RuntimeHarness.StartAsync();

        var errors = harness.Service.Open.Check(new OpenCaseCommand(
            "test-referral", new ChildDetails(" "), new ContactDetails("A. Teacher", "education", "", false), [], "someone"));

        Assert.Equal(["$.child.name", "$.contact.concern"], errors.Select(e => e.Path));
        Assert.Equal(0, ((InMemoryCaseStore)harness.Cases).Saves);
    }

    [Fact]
    public async Task A_contact_for_an_unpublished_workflow_is_refused_at_the_requests_workflow_field()
    {
        var harness = await RuntimeHarness.StartAsync();

        var result = await harness.Service.OpenCaseAsync(new OpenCaseCommand(
            "no-such-workflow", new ChildDetails("Jay"), new ContactDetails("A. Teacher", "education", "Worried."), [], "someone"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("case.unknown-workflow", "$.workflow", "There is no published workflow called 'no-such-workflow'."), (error.Code, error.Path, error.Message));
    }

    [Fact]
    public async Task Automatic_stages_that_loop_forever_fault_and_nothing_is_saved()
    {
        var harness = await RuntimeHarness.StartAsync();
        await harness.Documents.PublishAsync(Core.Versions.DocumentKind.Workflow, "looping", """
            { "key": "looping", "name": "Looping", "calendar": "england-and-wales", "startStage": "a",
              "stages": [
                { "key": "a", "name": "A", "decision": { "ruleSet": "test-routing" }, "transitions": [ { "key": "to-b", "to": "b", "trigger": "decision", "decision": "otherwise" } ] },
                { "key": "b", "name": "B", "decision": { "ruleSet": "test-routing" }, "transitions": [ { "key": "to-a", "to": "a", "trigger": "decision", "decision": "otherwise" } ] } ] }
            """, "hash", "test");

        var fault = await Assert.ThrowsAsync<WorkflowFaultException>(() => harness.Service.OpenCaseAsync(new OpenCaseCommand(
            "looping", new ChildDetails("Jay"), new ContactDetails("A. Teacher", "education", "Worried."), [], "someone")));

        Assert.Contains("moved through more than 64 stages in one step", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, ((InMemoryCaseStore)harness.Cases).Saves);
    }
}
