using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Admin;

/// <summary>The admins' people page: everyone with their agency and roles; a role added and removed, an account locked and unlocked, and each refusal said beside what caused it.</summary>
public sealed class PeoplePageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_list_shows_each_persons_name_agency_team_and_roles()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");

        var (status, page) = await admin.ReadAsync("/admin/people");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = Row(page, "mash.childrens-social-care");
        Assert.Contains("Sam Okafor (MASH social worker)", row, StringComparison.Ordinal);
        Assert.Contains("Children&#x27;s social care", row, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("mash", row, StringComparison.Ordinal);
        Assert.Contains("Practitioner", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_adds_a_role_and_removes_it_again()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");
        const string Page = "/admin/people/practitioner.youth-justice";

        var added = await admin.PostFormAsync(Page, Page + "/roles", [new("role", "manager")]);
        var (_, withRole) = await admin.ReadAsync(Page);
        var removed = await admin.PostFormAsync(Page, Page + "/roles/manager/remove", []);
        var (_, without) = await admin.ReadAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("now has the role Manager.", withRole, StringComparison.Ordinal);
        Assert.Contains("/roles/manager/remove", withRole, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("no longer has the role Manager.", without, StringComparison.Ordinal);
        Assert.DoesNotContain("/roles/manager/remove", without, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_are_said_beside_the_field_or_in_the_error_summary_and_change_nothing()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");
        const string Page = "/admin/people/practitioner.substance-misuse";

        var none = await admin.PostFormAsync(Page, Page + "/roles", [new("role", "")]);
        var unknown = await admin.PostFormAsync(Page, Page + "/roles", [new("role", "superuser")]);
        var twice = await admin.PostFormAsync(Page, Page + "/roles", [new("role", "practitioner")]);
        var last = await admin.PostFormAsync(Page, Page + "/roles/practitioner/remove", []);
        var lockSelf = await admin.PostFormAsync(Page, "/admin/people/admin.partnership/lock", []);
        var unlockOpen = await admin.PostFormAsync(Page, Page + "/unlock", []);
        var nobody = await admin.PostFormAsync(Page, "/admin/people/nobody.here/lock", []);
        var (_, after) = await admin.ReadAsync(Page);

        await Refused(none, "role", "Select a role to add");
        await Refused(unknown, "role", "Select one of the roles listed");
        await Refused(twice, "role", "already has the role Practitioner");
        await Refused(last, null, "needs at least one role");
        await Refused(lockSelf, null, "You cannot lock your own account");
        await Refused(unlockOpen, null, "account is not locked");
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Contains("/roles/practitioner/remove", after, StringComparison.Ordinal);
        Assert.Contains("Active", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_it_is_unlocked()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");
        const string Page = "/admin/people/practitioner.voluntary-sector";

        var locked = await admin.PostFormAsync(Page, Page + "/lock", []);
        var (_, lockedPage) = await admin.ReadAsync(Page);
        var refused = await SignInAsync("practitioner.voluntary-sector");
        var unlocked = await admin.PostFormAsync(Page, Page + "/unlock", []);
        var allowed = await SignInAsync("practitioner.voluntary-sector");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Locked: they cannot sign in", lockedPage, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, refused);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed);
    }

    [Fact]
    public async Task Locking_an_account_refuses_its_API_token_at_once_and_a_new_token_after_unlocking_works()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");
        const string Page = "/admin/people/practitioner.health";
        var api = await app.ApiAsync("practitioner.health");
        var before = await api.GetAsync(new Uri("/api/tasks", UriKind.Relative));

        await admin.PostFormAsync(Page, Page + "/lock", []);
        var whileLocked = await api.GetAsync(new Uri("/api/tasks", UriKind.Relative));
        await admin.PostFormAsync(Page, Page + "/unlock", []);
        var oldTokenAfterUnlock = await api.GetAsync(new Uri("/api/tasks", UriKind.Relative));
        var fresh = await (await app.ApiAsync("practitioner.health")).GetAsync(new Uri("/api/tasks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldTokenAfterUnlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    private async Task<HttpStatusCode> SignInAsync(string userName)
    {
        var client = app.Browser();
        var response = await client.PostFormAsync("/sign-in", "/sign-in",
            [new("UserName", userName), new("Password", WebAppFactory.Password)]);
        return response.StatusCode;
    }

    private static async Task Refused(HttpResponseMessage response, string? field, string message)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 for '{message}', got {response.StatusCode}");
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Contains($"<a href=\"#{field}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
    }

    private static string Row(string page, string userName)
    {
        var start = page.IndexOf($"data-user=\"{userName}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {userName}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
