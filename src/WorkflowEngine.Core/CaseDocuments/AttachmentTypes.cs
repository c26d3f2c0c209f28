using System.IO.Compression;
using System.Text;

namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>
/// The kinds of file a case may hold, each recognised by its content's signature, not only its
/// name: a program renamed to <c>letter.pdf</c> is refused.
/// </summary>
public static class AttachmentTypes
{
    /// <summary>The most bytes a document may have: 10 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly (string Extension, string ContentType, Func<byte[], bool> Matches)[] Kinds =
    [
        (".pdf", "application/pdf", c => StartsWith(c, "%PDF-"u8)),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsWordDocument),
        (".jpg", "image/jpeg", c => StartsWith(c, [0xFF, 0xD8, 0xFF])),
        (".jpeg", "image/jpeg", c => StartsWith(c, [0xFF, 0xD8, 0xFF])),
        (".png", "image/png", c => StartsWith(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        (".txt", "text/plain", IsPlainText),
    ];

    /// <summary>The extensions allowed, in words for a hint or an error: "PDF, Word (.docx), JPEG, PNG or plain text (.txt)".</summary>
    public const string AllowedInWords = "PDF, Word (.docx), JPEG, PNG or plain text (.txt)";

    /// <summary>The extensions allowed, for a file input's <c>accept</c>.</summary>
    public static string Accept => string.Join(",", Kinds.Select(k => k.Extension));

    /// <summary>Whether a file name ends with an allowed extension.</summary>
    public static bool IsAllowedName(string fileName) => Kinds.Any(k => fileName.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The media type of the content, when it is what its name says; null when it is not.</summary>
    public static string? Recognise(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var kind = Kinds.FirstOrDefault(k => fileName.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase));
        return kind.Matches is not null && kind.Matches(content) ? kind.ContentType : null;
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    // A .docx is a zip (PK\3\4) holding word/document.xml; any other zip is not a Word document.
    private static bool IsWordDocument(byte[] content)
    {
        if (!StartsWith(content, [0x50, 0x4B, 0x03, 0x04]))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // Text is UTF-8 (ASCII included) with no control characters but tab, line breaks and form feed.
    private static bool IsPlainText(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
