using System.Net;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>The admins' journal check page: it re-hashes every case's journal and shows each broken one with its first broken entry.</summary>
public sealed class JournalCheckPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public JournalCheckPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_check_finds_exactly_the_journal_entry_edited_in_the_database()
    {
        var admin = await _app.SignedInBrowserAsync("admin.partnership");
        var clean = await admin.GetStringAsync(ApiCalls.Path("/admin/journal/check"));
        Assert.Contains("Every journal is intact", clean, StringComparison.Ordinal);

        var tampered = await ApiCalls.OpenConcernAsync(_app, "Journal Check Child");
        JournalTampering.Edit(Path.Combine(_app.Folder, "workflow.db"), tampered, sequence: 2);
        var page = await admin.GetStringAsync(ApiCalls.Path("/admin/journal/check"));

        Assert.DoesNotContain("Every journal is intact", page, StringComparison.Ordinal);
        var rows = page[page.IndexOf("<tbody", StringComparison.Ordinal)..].Split("<tr class=\"govuk-table__row\">").Skip(1).ToList();
        var row = Assert.Single(rows);
        Assert.Contains($"/cases/{tampered}", row, StringComparison.Ordinal);
        Assert.Contains("Entry 2", row, StringComparison.Ordinal);
        Assert.Contains("Entry 2 has been altered since it was written.", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_may_run_the_check()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var response = await lead.GetAsync(ApiCalls.Path("/admin/journal/check"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot see this page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_find_the_check_in_the_navigation()
    {
        var admin = await _app.SignedInBrowserAsync("admin.partnership");

        var tasks = await admin.GetStringAsync(ApiCalls.Path("/tasks"));

        Assert.Contains("href=\"/admin/journal\"", tasks, StringComparison.Ordinal);
    }
}
