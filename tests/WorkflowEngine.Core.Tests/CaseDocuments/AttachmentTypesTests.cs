using System.IO.Compression;
using System.Text;
using WorkflowEngine.Core.CaseDocuments;

namespace WorkflowEngine.Core.Tests.CaseDocuments;

public sealed class AttachmentTypesTests
{
    [Fact]
    public void A_word_document_is_recognised_by_the_zip_holding_word_document_xml_and_any_other_zip_is_not()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentTypes.Recognise("plan.docx", Zip("word/document.xml")));
        Assert.Null(AttachmentTypes.Recognise("plan.docx", Zip("payload.exe")));
    }

    [Fact]
    public void Text_with_a_nul_or_bytes_that_are_not_utf8_is_not_plain_text()
    {
        Assert.Equal("text/plain", AttachmentTypes.Recognise("notes.TXT", Encoding.UTF8.GetBytes("Seen at the station\r\n\twith two older men.")));
        Assert.Null(AttachmentTypes.Recognise("notes.txt", [0x41, 0x00, 0x42]));
        Assert.Null(AttachmentTypes.Recognise("notes.txt", [0xC3, 0x28]));
    }

    [Fact]
    public void A_file_is_refused_with_one_error_naming_the_file_in_words()
    {
        var error = Assert.Single(CaseAttachments.Check("photo.jpg", Encoding.ASCII.GetBytes("%PDF-1.7")));

        Assert.Equal(("document.content-mismatch", "$.file"), (error.Code, error.Path));
        Assert.StartsWith("photo.jpg is not what its name says: its content is not a JPG file.", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<w:document/>");
        }

        return buffer.ToArray();
    }
}
