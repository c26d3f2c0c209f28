using MimeKit;

namespace WorkflowEngine.Mail;

/// <summary>
/// Writes each e-mail as <c>{outbox id}.eml</c> in a pickup folder, for a relay or a developer to
/// collect. Writes a temporary file and moves it into place, so a reader never sees half a message
/// and a redelivery replaces the file instead of adding a second one.
/// </summary>
internal sealed class PickupDirectoryMailWriter : IMailSender
{
    private readonly string _directory;

    public PickupDirectoryMailWriter(string directory) => _directory = Path.GetFullPath(directory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var outboxId = OutboxIdOf(message);
        var target = Path.Combine(_directory, outboxId + ".eml");

        // The leading dot and .tmp suffix keep pickup readers, which look for *.eml, off the file until it is complete.
        var temporary = Path.Combine(_directory, $".{outboxId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // The outbox id is the local part of the Message-Id; see EmailMessageFactory.
    private static string OutboxIdOf(MimeMessage message)
    {
        var localPart = message.MessageId?.Split('@')[0];
        return Guid.TryParse(localPart, out var id)
            ? id.ToString("D")
            : throw new ArgumentException($"The e-mail's Message-Id '{message.MessageId}' does not carry an outbox id.", nameof(message));
    }
}
