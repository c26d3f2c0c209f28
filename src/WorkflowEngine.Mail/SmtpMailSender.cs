using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>Sends through the configured SMTP relay, one connection per message.</summary>
internal sealed class SmtpMailSender : IMailSender
{
    private readonly SmtpOptions _options;
    private readonly string _host;

    public SmtpMailSender(SmtpOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Host);
        _options = options;
        _host = options.Host;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // A connection per message keeps failures independent; the volume (a handful of
        // notifications a minute) does not justify pooling.
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(_host, _options.Port, SocketOptions(), cancellationToken);
        if (!string.IsNullOrEmpty(_options.User))
        {
            await client.AuthenticateAsync(_options.User, _options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    // Required TLS, never "when available": a relay that cannot encrypt must fail the delivery.
    private SecureSocketOptions SocketOptions() => _options switch
    {
        { UseTls: false } => SecureSocketOptions.None,
        { Port: 465 } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
