using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tests.Rules;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>Text and dates the engine takes have limits: each refused naming its field, nothing saved.</summary>
public sealed class InputLimitsTests
{
    private static OpenCaseCommand Contact(string name = "Jay Smith", DateOnly? born = null, string concern = "Seen with older men.", string referrer = "A. Teacher", string? reference = null) =>
        new("test-referral", new ChildDetails(name, born ?? new DateOnly(2011, 5, 14), reference), new ContactDetails(referrer, "education", concern), [], "teacher");

    public static TheoryData<string, string, string> RefusedContacts() => new()
    {
        { "a 5 MB child name", "$.child.name", "text.too-long" },
        { "a name of invisible characters", "$.child.name", "text.unreadable" },
        { "a name with a null byte", "$.child.name", "text.unreadable" },
        { "a name with a control character", "$.child.name", "text.unreadable" },
        { "a 2 MB concern", "$.contact.concern", "text.too-long" },
        { "a 1 MB referrer", "$.contact.referrer", "text.too-long" },
        { "a long local reference", "$.child.reference", "text.too-long" },
        { "a date of birth in year 1", "$.child.dateOfBirth", "case.child-too-old" },
        { "a date of birth tomorrow", "$.child.dateOfBirth", "case.child-born-in-future" },
    };

    private static OpenCaseCommand Hostile(string what) => what switch
    {
        "a 5 MB child name" => Contact(name: new string('x', 5_000_000)),
        "a name of invisible characters" => Contact(name: "\u200B\u200D\u2060\u00A0"),
        "a name with a null byte" => Contact(name: "Jay\0Smith"),
        "a name with a control character" => Contact(name: "Jay\u0007Smith"),
        "a 2 MB concern" => Contact(concern: new string('c', 2_000_000)),
        "a 1 MB referrer" => Contact(referrer: new string('r', 1_000_000)),
        "a long local reference" => Contact(reference: new string('9', 51)),
        "a date of birth in year 1" => Contact(born: new DateOnly(1, 1, 1)),
        "a date of birth tomorrow" => Contact(born: DateOnly.FromDateTime(RuntimeHarness.Monday.UtcDateTime).AddDays(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [MemberData(nameof(RefusedContacts))]
    public async Task A_contact_over_the_limits_is_refused_naming_the_field_and_nothing_is_saved(string what, string path, string code)
    {
        var harness = await RuntimeHarness.StartAsync();
        var store = (InMemoryCaseStore)harness.Cases;

        var result = await harness.Service.OpenCaseAsync(Hostile(what));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal((code, path), (error.Code, error.Path));
        Assert.Equal(0, store.Saves);
    }

    [Fact]
    public async Task The_limits_are_sentences_a_lead_understands()
    {
        var harness = await RuntimeHarness.StartAsync();

        var name = Assert.Single((await harness.Service.OpenCaseAsync(Contact(name: new string('x', 201)))).Errors);
        var old = Assert.Single((await harness.Service.OpenCaseAsync(Contact(born: new DateOnly(1, 1, 1)))).Errors);
        var blank = Assert.Single((await harness.Service.OpenCaseAsync(Contact(name: "\u200B\u200B"))).Errors);

        Assert.Equal("The child's name is too long: 201 characters, and at most 200 are allowed. Shorten it.", name.Message);
        Assert.Equal("The child's date of birth must be within the last 25 years: this service is for children and young people. Check the year.", old.Message);
        Assert.Equal("The child's name holds only invisible characters. Type it in words.", blank.Message);
    }

    [Fact]
    public async Task A_child_born_25_years_ago_today_is_accepted()
    {
        var harness = await RuntimeHarness.StartAsync();

        var result = await harness.Service.OpenCaseAsync(Contact(born: DateOnly.FromDateTime(RuntimeHarness.Monday.UtcDateTime).AddYears(-25)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    [Fact]
    public async Task Every_reason_and_note_over_two_thousand_characters_or_unreadable_is_refused_and_nothing_is_saved()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        var store = (InMemoryCaseStore)harness.Cases;
        var saves = store.Saves;
        var megabyte = new string('r', 1_000_000);

        var results = new[]
        {
            await harness.Service.Close.HandleAsync(new CloseCaseCommand(state.Id, megabyte, "manager")),
            await harness.Service.EscalateByHand.HandleAsync(new EscalateByHandCommand(state.Id, task.Id, megabyte, "manager")),
            await harness.Service.MoveByHandAsync(state.Id, "anything", megabyte, "manager"),
            await harness.Service.StartTrack.HandleAsync(new StartTrackCommand(state.Id, "test-track", megabyte, "manager")),
            await harness.Service.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, task.Id, "police", null, null, "\0", "manager")),
            await harness.Service.Extend.HandleAsync(new ExtendDueCommand(state.Id, task.Id, task.DueAt.AddDays(1), "other", megabyte, "manager")),
        };

        Assert.All(results, r => Assert.Equal(CommandStatus.Invalid, r.Status));
        Assert.All(results.Take(5), r => Assert.Equal("$.reason", Assert.Single(r.Errors).Path));
        Assert.Equal("$.note", Assert.Single(results[5].Errors).Path);
        Assert.Equal(saves, store.Saves);
    }

    [Fact]
    public async Task A_resolution_note_over_the_limit_is_refused()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        var escalated = await harness.Service.EscalateByHand.HandleAsync(new EscalateByHandCommand(state.Id, task.Id, "No answer.", "manager"));
        var escalation = escalated.Value!.Escalations.Single();

        var result = await harness.Service.Resolve.HandleAsync(new ResolveEscalationCommand(state.Id, escalation.Id, new string('n', 2_001), "manager"));

        Assert.Equal(("text.too-long", "$.note"), (Assert.Single(result.Errors).Code, result.Errors[0].Path));
        Assert.True((await harness.Service.GetAsync(state.Id))!.Escalations.Single().IsLive);
    }

    [Fact]
    public async Task A_due_date_may_be_extended_up_to_two_years_ahead_but_not_to_the_year_5000()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();

        var far = await harness.Service.Extend.HandleAsync(new ExtendDueCommand(state.Id, task.Id, new DateTimeOffset(5000, 1, 1, 0, 0, 0, TimeSpan.Zero), "awaiting-agency-information", null, "manager"));
        var twoYears = await harness.Service.Extend.HandleAsync(new ExtendDueCommand(state.Id, task.Id, RuntimeHarness.Monday.AddYears(2), "awaiting-agency-information", null, "manager"));

        Assert.Equal(("extension.too-far", "$.newDueAt"), (Assert.Single(far.Errors).Code, far.Errors[0].Path));
        Assert.Equal("The new due time must be no more than 2 years from now. Extend it again nearer the time if it is still needed.", far.Errors[0].Message);
        Assert.True(twoYears.Succeeded, string.Join(" ", twoYears.Errors));
    }

    [Fact]
    public async Task A_form_text_answer_over_its_length_or_with_control_characters_is_refused_naming_the_field()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();

        var result = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "close",
            new JsonObject { ["decisionRationale"] = new string('d', 1_000_000) }, "worker"));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e is { Code: "text.too-long", Path: "$.data.decisionRationale" });
    }

    [Fact]
    public void A_rule_name_over_one_hundred_characters_is_refused()
    {
        var json = TestRules.RuleSet("named", "true").Replace("\"the-rule\"", $"\"{new string('n', 101)}\"", StringComparison.Ordinal);

        var error = Assert.Single(new RuleSetValidator(TestRules.Reference).Validate(json));

        Assert.Equal((TextLimits.TooLongCode, "$.Rules[0].RuleName"), (error.Code, error.Path));
    }

    [Fact]
    public void A_rules_description_decision_and_message_over_their_limits_are_refused_naming_each()
    {
        var rules = System.Text.Json.Nodes.JsonNode.Parse(TestRules.RuleSet("named", "true"))!;
        var rule = rules["Rules"]![0]!;
        rule["Properties"] = new JsonObject { ["description"] = new string('d', TextLimits.RuleDescription + 1) };
        rule["SuccessEvent"] = new string('s', TextLimits.RuleDecision + 1);
        rule["ErrorMessage"] = new string('m', TextLimits.RuleMessage + 1);

        var errors = new RuleSetValidator(TestRules.Reference).Validate(rules.ToJsonString());

        Assert.Equal(
            [("$.Rules[0].Properties.description", "What rule 1 is for is too long: 2,001 characters, and at most 2,000 are allowed. Shorten it."),
             ("$.Rules[0].SuccessEvent", "What rule 1 decides is too long: 101 characters, and at most 100 are allowed. Shorten it."),
             ("$.Rules[0].ErrorMessage", "The message of rule 1 when it does not hold is too long: 1,001 characters, and at most 1,000 are allowed. Shorten it.")],
            errors.Select(e => (e.Path, e.Message)));
    }
}
