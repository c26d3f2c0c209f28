using System.Net;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>Reads pages and posts their forms as a browser would without JavaScript (form-encoded, with the anti-forgery token).</summary>
internal static partial class PageClient
{
    public static async Task<(HttpStatusCode Status, string Html)> ReadAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form, taking the anti-forgery token from the page the form is on.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(new Uri(pagePath, UriKind.Relative));
        var all = fields.Append(new("__RequestVerificationToken", WebAppFactory.AntiforgeryToken(page))).ToList();
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Raises a concern as the given client (a school's DSL by default) and returns the new case's id.</summary>
    public static async Task<Guid> RaiseConcernAsync(this HttpClient client, string child, params (string Key, string Value)[] extra)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ChildName", child),
            new("ChildDateOfBirth-day", "14"),
            new("ChildDateOfBirth-month", "2"),
            new("ChildDateOfBirth-year", "2011"),
            new("Referrer", "Priya Shah, designated safeguarding lead"),
            new("Concern", "Seen getting into a car with older men after school; has a second phone."),
            new("Urgent", "false"),
            new("Indicators", "multiplePhones"),
            new("Indicators", "olderOrControllingAssociates"),
            new("MissingEpisodes", "2"),
        };
        // A single-valued field given again replaces the default (Urgent); a repeated one (Indicators) adds.
        fields.RemoveAll(f => f.Key != "Indicators" && extra.Any(e => e.Key == f.Key));
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        var response = await client.PostFormAsync("/concerns/new", "/concerns/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = RaisedPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>The task links of a case on a page, in page order.</summary>
    public static IReadOnlyList<Guid> TaskLinks(string html, Guid caseId) =>
        [.. Regex.Matches(html, $"/cases/{caseId}/tasks/([0-9a-f-]{{36}})").Select(m => Guid.Parse(m.Groups[1].Value)).Distinct()];

    /// <summary>The text of the page's h1 elements.</summary>
    public static IReadOnlyList<string> Headings(string html) =>
        [.. H1().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty)).Trim())];

    /// <summary>The page's title.</summary>
    public static string Title(string html) => WebUtility.HtmlDecode(TitleTag().Match(html).Groups[1].Value);

    [GeneratedRegex("^/concerns/([0-9a-f-]{36})/raised$")]
    private static partial Regex RaisedPath();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
