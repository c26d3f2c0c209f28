using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// The links of the GOV.UK error summary, in the order of the form: errors about the whole page
/// first, then each field's in the order its control comes on the page, then any whose field was not
/// drawn. Razor writes the page out only once all of it has run, so when these are written every
/// control below the summary has been noted in <see cref="FieldOrder"/>.
/// </summary>
public sealed class ErrorSummaryItems(ModelStateDictionary modelState, FieldOrder order) : IHtmlContent
{
    /// <summary>The errors as (field id, message), in the order the summary lists them.</summary>
    public IReadOnlyList<(string Key, string Message)> Ordered()
    {
        var found = modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select((e, index) => (e.Key, e.Value!.Errors, Index: index)).ToList();
        return [.. found
            .OrderBy(e => e.Key.Length == 0 ? -1 : order.PositionOf(e.Key) ?? int.MaxValue)
            .ThenBy(e => e.Index)
            .SelectMany(e => e.Errors.Select(error => (e.Key, error.ErrorMessage)))];
    }

    /// <inheritdoc />
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        foreach (var (key, message) in Ordered())
        {
            writer.Write("<li><a href=\"#");
            encoder.Encode(writer, key.Length == 0 ? "main-content" : key);
            writer.Write("\">");
            encoder.Encode(writer, message);
            writer.Write("</a></li>");
        }
    }
}
