using System.Text;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>A version as the file it would be in the repository, offered as a download named after its key.</summary>
public static class DocumentFile
{
    /// <summary>The download: the content exactly as stored, as <c>{key}.json</c>.</summary>
    public static FileContentResult Of(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Content.EndsWith('\n') ? document.Content : document.Content + "\n";
        return new FileContentResult(Encoding.UTF8.GetBytes(text), "application/json") { FileDownloadName = $"{document.Key}.json" };
    }
}
