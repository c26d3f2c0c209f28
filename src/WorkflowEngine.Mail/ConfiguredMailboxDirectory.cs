using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>
/// Addresses from <see cref="NotificationOptions"/>: <see cref="NotificationOptions.People"/> for a
/// person, <see cref="NotificationOptions.Mailboxes"/> for an agency role, else the fallback templates.
/// Stands in until people's addresses come from the identity store.
/// </summary>
public sealed class ConfiguredMailboxDirectory : IMailboxDirectory
{
    private readonly NotificationOptions _options;

    /// <summary>Creates the directory over the options.</summary>
    public ConfiguredMailboxDirectory(NotificationOptions options) => _options = options;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> AddressesForAsync(NotificationRecipient recipient, CancellationToken cancellationToken = default)
    {
        var address = recipient.Person is { Length: > 0 } person ? ForPerson(recipient.Agency, person) : ForRole(recipient.Agency, recipient.Role);
        IReadOnlyList<string> addresses = string.IsNullOrWhiteSpace(address) ? [] : [address];
        return Task.FromResult(addresses);
    }

    // A person with no address of their own is not sent to their team mailbox instead: what is
    // meant for one person should not reach everyone holding the role.
    private string? ForPerson(string agency, string person) =>
        _options.People.TryGetValue(person, out var address)
            ? address
            : Fill(_options.FallbackPersonTemplate, ("{person}", person), ("{agency}", agency));

    private string? ForRole(string agency, string? role)
    {
        var key = role is { Length: > 0 } ? $"{agency}/{role}" : agency;
        return _options.Mailboxes.TryGetValue(key, out var address)
            ? address
            : Fill(_options.FallbackMailboxTemplate, ("{role}", role is { Length: > 0 } ? role : "all"), ("{agency}", agency));
    }

    private static string? Fill(string? template, params (string Token, string Value)[] values)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        foreach (var (token, value) in values)
        {
            template = template.Replace(token, value, StringComparison.Ordinal);
        }

        return template;
    }
}
