using System.Net;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Web.Tests.Forms;

/// <summary>
/// Reads a page's forms as a reviewer would: whether the error summary follows the order of the
/// form with each field's message beside it, and whether every text box states its limit.
/// </summary>
internal static partial class FormAudit
{
    /// <summary>The error summary's links, in the order listed: the id each goes to and its message.</summary>
    public static IReadOnlyList<(string Target, string Message)> SummaryLinks(string html)
    {
        var list = SummaryList().Match(html);
        Assert.True(list.Success, "The page has no error summary.");
        return [.. SummaryLink().Matches(list.Groups[1].Value).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    /// <summary>
    /// Asserts the summary lists its errors in the order their fields come on the page, each link
    /// going to a control on the page whose form group shows an error message beside it. Returns the
    /// ids linked to, in order.
    /// </summary>
    public static IReadOnlyList<string> AssertSummaryFollowsTheForm(string html)
    {
        var links = SummaryLinks(html);
        Assert.NotEmpty(links);
        var previous = -1;
        foreach (var (target, message) in links)
        {
            var at = html.IndexOf($" id=\"{target}\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"The summary links to #{target} ('{message}'), which is not on the page.");
            Assert.True(at >= previous, $"#{target} ('{message}') is listed after a field that comes later on the page.");
            var group = html.LastIndexOf("govuk-form-group--error", at, StringComparison.Ordinal);
            Assert.True(group >= 0 && html[group..at].Contains("class=\"govuk-error-message\"", StringComparison.Ordinal),
                $"#{target} ('{message}') has no error message beside it.");
            previous = at;
        }

        return [.. links.Select(l => l.Target)];
    }

    /// <summary>The ids of the page's text boxes that do not state their limit (textareas: a GOV.UK character count; one-line boxes: "Up to N characters" in their hint).</summary>
    public static IReadOnlyList<string> TextBoxesWithoutALimit(string html)
    {
        var missing = new List<string>();
        foreach (Match area in TextArea().Matches(html))
        {
            var id = IdOf(area.Value);
            var stated = Regex.Match(html, $"id=\"{Regex.Escape(id)}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to ([\\d,]+) characters");
            var group = html.LastIndexOf("<div class=\"govuk-form-group", area.Index, StringComparison.Ordinal);
            var groupTag = group < 0 ? string.Empty : html[group..html.IndexOf('>', group)];
            if (!stated.Success || !groupTag.Contains($"data-maxlength=\"{stated.Groups[1].Value.Replace(",", "", StringComparison.Ordinal)}\"", StringComparison.Ordinal)
                || !area.Value.Contains("govuk-js-character-count", StringComparison.Ordinal))
            {
                missing.Add(id);
            }
        }

        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            var type = Regex.Match(tag, "\\stype=\"([^\"]+)\"") is { Success: true } t ? t.Groups[1].Value : "text";
            if (type is not ("text" or "search" or "password" or "email" or "tel" or "url") || Regex.IsMatch(tag, "\\sinputmode=\"(numeric|decimal)\""))
            {
                continue;
            }

            var id = IdOf(tag);
            var hint = Regex.Match(html, $"id=\"{Regex.Escape(id)}-hint\"[^>]*>([^<]*)<");
            var described = Regex.Match(tag, "aria-describedby=\"([^\"]*)\"").Groups[1].Value.Split(' ');
            if (!hint.Success || !UpTo().IsMatch(hint.Groups[1].Value) || !described.Contains(id + "-hint"))
            {
                missing.Add(id);
            }
        }

        return missing;
    }

    /// <summary>The number of text boxes on the page (so a check cannot pass on a page without any).</summary>
    public static int TextBoxes(string html) =>
        TextArea().Count(html) + Input().Matches(html).Count(m => Regex.IsMatch(m.Value, "\\stype=\"(text|search|password)\"") && !m.Value.Contains("inputmode=", StringComparison.Ordinal));

    private static string IdOf(string tag) => Regex.Match(tag, "\\sid=\"([^\"]+)\"") is { Success: true } id ? id.Groups[1].Value : $"(no id: {tag})";

    [GeneratedRegex("class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryList();

    [GeneratedRegex("<a href=\"#([^\"]+)\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex SummaryLink();

    [GeneratedRegex("<textarea\\b[^>]*>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("Up to [\\d,]+ characters\\.")]
    private static partial Regex UpTo();
}
