using System.Net;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Admin;

/// <summary>The admins' disclosure log: who was shown which case, searched by case reference and by person, a page at a time.</summary>
public abstract class DisclosureLogPageTests
{
    private readonly WebAppFactory _app;

    protected DisclosureLogPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_case_reference_finds_each_view_of_that_case_with_who_and_what_newest_first_a_page_at_a_time()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Disclosed Child");
        var other = await ApiCalls.OpenConcernAsync(_app, "Another Disclosed Child");
        var mash = await _app.As("mash.childrens-social-care");
        for (var i = 0; i < 26; i++)
        {
            await (await mash.GetAsync($"/api/cases/{caseId}?purpose=view{i}")).JsonAsync();
        }

        await (await mash.GetAsync($"/api/cases/{other}?purpose=other")).JsonAsync();
        var admin = await _app.SignedInBrowserAsync("admin.partnership");
        var reference = CaseReference.Of(caseId);

        var (status, first) = await admin.ReadAsync($"/admin/disclosures?case={reference}");
        var (_, second) = await admin.ReadAsync($"/admin/disclosures?case={reference[5..].ToLowerInvariant()}&page=2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("26 views, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("Sam Okafor (MASH social worker)", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf(">view25<", StringComparison.Ordinal) is >= 0 and var newest && newest < first.IndexOf(">view24<", StringComparison.Ordinal));
        Assert.DoesNotContain(">other<", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/disclosures?case={reference}&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains(">view0<", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Disclosed Child", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_found_by_part_of_their_name_shows_only_their_views()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Person Search Child");
        await (await (await _app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}?purpose=chair-read")).JsonAsync();
        await (await (await _app.As("mash.childrens-social-care")).GetAsync($"/api/cases/{caseId}?purpose=mash-read")).JsonAsync();
        var admin = await _app.SignedInBrowserAsync("admin.partnership");

        var (_, byName) = await admin.ReadAsync($"/admin/disclosures?person=helen%20WARD&case={CaseReference.Of(caseId)}");
        var (_, byUserName) = await admin.ReadAsync($"/admin/disclosures?person=mash.childrens-social-care&case={CaseReference.Of(caseId)}");

        Assert.Contains(">chair-read<", byName, StringComparison.Ordinal);
        Assert.DoesNotContain(">mash-read<", byName, StringComparison.Ordinal);
        Assert.Contains(">mash-read<", byUserName, StringComparison.Ordinal);
        Assert.DoesNotContain(">chair-read<", byUserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_is_not_a_reference_or_is_too_long_is_refused_beside_its_field()
    {
        var admin = await _app.SignedInBrowserAsync("admin.partnership");

        var (badStatus, bad) = await admin.ReadAsync("/admin/disclosures?case=not-a-case");
        var (longStatus, tooLong) = await admin.ReadAsync("/admin/disclosures?person=" + new string('x', 101));

        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("id=\"case-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("Enter a case reference like CASE-1A2B3C4D", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"not-a-case\"", bad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longStatus);
        Assert.Contains("The person must be 100 characters or fewer", tooLong, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(WebAppFactory app) : DisclosureLogPageTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : DisclosureLogPageTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
