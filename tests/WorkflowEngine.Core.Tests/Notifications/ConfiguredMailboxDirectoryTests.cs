using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Mail;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class ConfiguredMailboxDirectoryTests
{
    private readonly NotificationOptions _options = new()
    {
        Mailboxes = new(StringComparer.OrdinalIgnoreCase) { ["north-council/team-manager"] = "tm@north.example.org", ["police"] = "mash@police.example.org" },
        People = new(StringComparer.OrdinalIgnoreCase) { ["asmith"] = "a.smith@north.example.org" },
    };

    [Theory]
    [InlineData("north-council", "team-manager", null, "tm@north.example.org")]
    [InlineData("North-Council", "Team-Manager", null, "tm@north.example.org")]
    [InlineData("police", null, null, "mash@police.example.org")]
    [InlineData("north-council", "social-worker", null, "social-worker.north-council@example.invalid")]
    [InlineData("health", null, null, "all.health@example.invalid")]
    [InlineData("north-council", "team-manager", "asmith", "a.smith@north.example.org")]
    [InlineData("north-council", "team-manager", "bjones", "bjones.north-council@example.invalid")]
    public async Task Addresses_come_from_the_options_then_the_placeholder_templates(string agency, string? role, string? person, string expected)
    {
        var addresses = await new ConfiguredMailboxDirectory(_options).AddressesForAsync(new NotificationRecipient(agency, role, person));

        Assert.Equal([expected], addresses);
    }

    [Fact]
    public async Task Without_templates_an_unknown_recipient_has_no_address()
    {
        _options.FallbackMailboxTemplate = null;
        _options.FallbackPersonTemplate = "";
        var directory = new ConfiguredMailboxDirectory(_options);

        Assert.Empty(await directory.AddressesForAsync(new NotificationRecipient("health", "nurse")));
        Assert.Empty(await directory.AddressesForAsync(new NotificationRecipient("north-council", "team-manager", "bjones")));
    }
}
