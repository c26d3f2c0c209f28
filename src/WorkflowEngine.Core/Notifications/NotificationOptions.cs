namespace WorkflowEngine.Core.Notifications;

/// <summary>How notifications are delivered. Bound from the <c>Notifications</c> configuration section.</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Notifications";

    /// <summary>The e-mail sender address; its domain also names the Message-Id of every e-mail.</summary>
    public string From { get; set; } = "safeguarding-workflow@example.invalid";

    /// <summary>The SMTP relay. When its host is not set, e-mail goes to <see cref="PickupDirectory"/> instead.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files are written when no SMTP host is set; a relative path resolves against the current directory.</summary>
    public string PickupDirectory { get; set; } = "data/mail-pickup";

    /// <summary>Team mailboxes: key <c>agency/role</c> (or <c>agency</c> alone for the agency as a whole), value an address.</summary>
    public Dictionary<string, string> Mailboxes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// People's addresses by user name, until users come from the identity store.
    /// </summary>
    public Dictionary<string, string> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The address for an agency role with no entry in <see cref="Mailboxes"/>; <c>{agency}</c> and
    /// <c>{role}</c> are filled in. The default is a placeholder in the reserved <c>.invalid</c> domain,
    /// so nothing leaves the building until real mailboxes are configured. Null or empty means no
    /// fallback: a missing mailbox fails the delivery.
    /// </summary>
    public string? FallbackMailboxTemplate { get; set; } = "{role}.{agency}@example.invalid";

    /// <summary>
    /// The address for a person with no entry in <see cref="People"/>; <c>{person}</c> and
    /// <c>{agency}</c> are filled in. Null or empty means a missing address fails the delivery.
    /// </summary>
    public string? FallbackPersonTemplate { get; set; } = "{person}.{agency}@example.invalid";

    /// <summary>Attempts before a message is marked failed for an admin to look at.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each failure after that.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a dispatcher holds a message while it delivers it; must outlast the slowest delivery.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most messages one dispatcher pass takes.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait between dispatcher passes when the last one did not fill a batch.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Every problem with these options, each as a sentence; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!System.Net.Mail.MailAddress.TryCreate(From, out _))
        {
            errors.Add($"Notifications:From '{From}' is not an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(Smtp.Host) && string.IsNullOrWhiteSpace(PickupDirectory))
        {
            errors.Add("Notifications needs either Smtp:Host or PickupDirectory to send e-mail.");
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            errors.Add($"Notifications:Smtp:Port {Smtp.Port} is not a TCP port.");
        }

        if (MaxAttempts < 1)
        {
            errors.Add($"Notifications:MaxAttempts must be at least 1, not {MaxAttempts}.");
        }

        if (BatchSize < 1)
        {
            errors.Add($"Notifications:BatchSize must be at least 1, not {BatchSize}.");
        }

        RequirePositive(errors, nameof(RetryBaseDelay), RetryBaseDelay);
        RequirePositive(errors, nameof(LeaseDuration), LeaseDuration);
        RequirePositive(errors, nameof(PollInterval), PollInterval);
        if (RetryMaxDelay < RetryBaseDelay)
        {
            errors.Add($"Notifications:RetryMaxDelay {RetryMaxDelay} is shorter than RetryBaseDelay {RetryBaseDelay}.");
        }

        return errors;
    }

    private static void RequirePositive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Notifications:{name} must be longer than zero, not {value}.");
        }
    }
}
