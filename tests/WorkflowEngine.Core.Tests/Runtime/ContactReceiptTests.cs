using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>Deadlines "from the contact" count from when it was received, not from when it was typed in.</summary>
public sealed class ContactReceiptTests
{
    private static OpenCaseCommand Contact(DateTimeOffset? receivedAt) => new(
        "test-referral",
        new ChildDetails("Jay Smith", new DateOnly(2011, 5, 14)),
        new ContactDetails("A. Teacher", "education", "Seen with older men and new phones.", false, receivedAt),
        new JsonObject { ["missingEpisodes"] = 2 },
        "duty.worker");

    [Fact]
    public async Task A_contact_received_on_Friday_afternoon_and_typed_in_on_Monday_is_due_on_Monday_and_the_journal_says_who_recorded_it()
    {
        var harness = await RuntimeHarness.StartAsync(); // Monday 2 March 2026, 09:00 GMT
        var friday = new DateTimeOffset(2026, 2, 27, 14, 30, 0, TimeSpan.Zero);

        var result = await harness.Service.OpenCaseAsync(Contact(friday));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var state = result.Value!;
        Assert.Equal(friday, state.ReceivedAt);
        Assert.Equal(RuntimeHarness.Monday, state.OpenedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero), state.Tasks.Single().DueAt);
        var opened = (await harness.Service.ReadJournalAsync(state.Id)).Single(e => e.Kind == "case.opened");
        Assert.Equal("duty.worker", opened.Data["recordedBy"]!.GetValue<string>());
        Assert.Equal(friday, opened.Data["receivedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(RuntimeHarness.Monday, opened.Data["recordedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_contact_without_a_receipt_time_was_received_when_it_was_recorded()
    {
        var harness = await RuntimeHarness.StartAsync();

        var state = (await harness.Service.OpenCaseAsync(Contact(null))).Value!;

        Assert.Equal(RuntimeHarness.Monday, state.ReceivedAt);
        Assert.Equal(RuntimeHarness.Monday, state.Contact.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero), state.Tasks.Single().DueAt);
    }

    [Theory]
    [InlineData(60, "case.received-in-future", "The time the contact was received cannot be in the future.")]
    [InlineData(-(30 * 24 * 60) - 1, "case.received-too-long-ago",
        "The time the contact was received must be within the last 30 days. Record an older concern as received today and say when it happened in the concern.")]
    public async Task A_receipt_time_in_the_future_or_more_than_30_days_back_is_refused_naming_the_field(int minutesFromNow, string code, string message)
    {
        var harness = await RuntimeHarness.StartAsync();

        var result = await harness.Service.OpenCaseAsync(Contact(RuntimeHarness.Monday.AddMinutes(minutesFromNow)));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal((code, "$.contact.receivedAt", message), (error.Code, error.Path, error.Message));
        Assert.Equal(0, ((InMemoryCaseStore)harness.Cases).Saves);
    }

    [Fact]
    public async Task A_receipt_exactly_30_days_back_is_taken()
    {
        var harness = await RuntimeHarness.StartAsync();

        var result = await harness.Service.OpenCaseAsync(Contact(RuntimeHarness.Monday.AddDays(-30)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }
}
