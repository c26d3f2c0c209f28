using System.Net;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>
/// What an axe scan would also check, read from the HTML: one h1, a title, no duplicate ids, a label
/// for every visible input. (The browser tests run axe itself on the rendered pages.)
/// </summary>
public sealed partial class PageStructureTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public PageStructureTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Every_page_has_one_h1_a_title_unique_ids_and_labelled_inputs()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Gus Lane");
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");
        var taskId = PageClient.TaskLinks((await manager.ReadAsync("/tasks?show=agency")).Html, caseId)[0];
        var pages = new (HttpClient Client, string Path)[]
        {
            (manager, "/tasks"), (manager, "/tasks?show=me"), (manager, "/tasks?show=agency"), (manager, "/concerns/new"),
            (manager, "/cases"), (manager, $"/cases/{caseId}"), (manager, $"/cases/{caseId}/tasks/{taskId}"), (manager, "/escalations"),
            (lead, "/escalations"), (lead, "/library"), (lead, "/library/workflows/cce-referral/1"), (lead, $"/cases/{caseId}"),
        };

        foreach (var (client, path) in pages)
        {
            var (status, html) = await client.ReadAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");
            Assert.True(PageClient.Headings(html).Count == 1, $"{path} has {PageClient.Headings(html).Count} h1 elements");
            Assert.EndsWith("Safeguarding referrals", PageClient.Title(html), StringComparison.Ordinal);
            var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var duplicates = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{path} repeats ids: {string.Join(", ", duplicates)}");
            foreach (Match control in Control().Matches(html))
            {
                var tag = control.Value;
                if (tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
                {
                    continue;
                }

                var id = Id().Match(tag).Groups[1].Value;
                Assert.True(id.Length > 0 && html.Contains($"for=\"{id}\"", StringComparison.Ordinal), $"{path}: no label for {tag}");
            }
        }
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();
}
