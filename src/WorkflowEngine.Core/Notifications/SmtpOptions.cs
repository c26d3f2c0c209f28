namespace WorkflowEngine.Core.Notifications;

/// <summary>The SMTP relay e-mail is sent through. Bound from <c>Notifications:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    /// <summary>The relay's host name; null or empty means e-mail goes to the pickup folder instead.</summary>
    public string? Host { get; set; }

    /// <summary>The relay's port: 587 for submission with STARTTLS, 465 for TLS from the start.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// Whether the connection must be encrypted (TLS on port 465, STARTTLS otherwise). Safeguarding
    /// details must not cross a network in clear, so turn this off only for a relay on the same host.
    /// </summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The user to sign in as; null or empty means the relay does not ask.</summary>
    public string? User { get; set; }

    /// <summary>The password for <see cref="User"/>.</summary>
    public string? Password { get; set; }

    /// <summary>How long to wait on the relay before an attempt fails; keep it well under the lease.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
