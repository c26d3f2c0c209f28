using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// Notes the id of every form control as the page draws it (see <see cref="FieldOrder"/>). It
/// changes nothing in the markup; a hand-written control is noted as surely as one from a partial.
/// </summary>
[HtmlTargetElement("input", Attributes = "id", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "id")]
[HtmlTargetElement("select", Attributes = "id")]
public sealed class FieldOrderTagHelper : TagHelper
{
    /// <summary>The page being drawn.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.TryGetAttribute("id", out var id) && TextOf(id.Value) is { Length: > 0 } text)
        {
            FieldOrder.Of(ViewContext.HttpContext).Saw(text);
        }
    }

    // An id written as "@(Model.Name)-day" arrives as HTML content, not a string.
    private static string? TextOf(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return value.ToString();
        }
    }
}
