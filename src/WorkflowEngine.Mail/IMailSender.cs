using MimeKit;

namespace WorkflowEngine.Mail;

/// <summary>Hands a finished e-mail on: to an SMTP relay or to a pickup folder.</summary>
internal interface IMailSender
{
    /// <summary>Sends the e-mail, or throws if it could not.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
