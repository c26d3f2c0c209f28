using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Admin;

/// <summary>Every admin page and every admin button refuses anyone who is not an admin with the 403 page, and sends a visitor to sign in.</summary>
public sealed class AdminPagesRefusalTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static readonly string[] Pages = ["/admin/incidents", "/admin/people", "/admin/people/practitioner.police", "/admin/disclosures", "/admin/disclosures?case=CASE-00000000"];

    private static readonly string[] Actions =
    [
        $"/admin/incidents/timers/{Guid.NewGuid()}/retry",
        $"/admin/incidents/notifications/{Guid.NewGuid()}/retry",
        "/admin/people/practitioner.police/roles",
        "/admin/people/practitioner.police/roles/practitioner/remove",
        "/admin/people/practitioner.police/lock",
        "/admin/people/practitioner.police/unlock",
    ];

    [Theory]
    [InlineData("chair.partnership")]
    [InlineData("manager.health")]
    [InlineData("mash.childrens-social-care")]
    public async Task Someone_who_is_not_an_admin_gets_403_on_every_admin_page_and_button(string userName)
    {
        var browser = await app.SignedInBrowserAsync(userName);

        foreach (var page in Pages)
        {
            var (status, html) = await browser.ReadAsync(page);
            Assert.True(status == HttpStatusCode.Forbidden, $"{page} as {userName}: {status}");
            Assert.Contains("You cannot see this page", html, StringComparison.Ordinal);
        }

        foreach (var action in Actions)
        {
            var response = await browser.PostFormAsync("/tasks", action, [new("role", "admin")]);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} as {userName}: {response.StatusCode}");
        }

        var (_, tasks) = await browser.ReadAsync("/tasks");
        Assert.DoesNotContain("href=\"/admin/incidents\"", tasks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        var visitor = app.Browser();

        foreach (var page in Pages)
        {
            var response = await visitor.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_refused_role_change_changes_nothing()
    {
        var manager = await app.SignedInBrowserAsync("manager.police");

        await manager.PostFormAsync("/tasks", "/admin/people/manager.police/roles", [new("role", "admin")]);
        var (status, _) = await manager.ReadAsync("/admin/people");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
