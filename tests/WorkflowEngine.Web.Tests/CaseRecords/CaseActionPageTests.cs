using System.Net;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.CaseRecords;

/// <summary>The case page's actions as forms without JavaScript: who sees which, refusals beside the field with the typed text kept, banners after success.</summary>
public sealed class CaseActionPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_practitioner_sees_track_note_and_document_actions_but_not_close_and_a_manager_sees_close()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Actions Shown");
        var practitioner = await app.SignedInBrowserAsync("mash.childrens-social-care");
        var manager = await app.SignedInBrowserAsync("manager.childrens-social-care");

        var (_, seen) = await practitioner.ReadAsync($"/cases/{caseId}");
        var (_, managed) = await manager.ReadAsync($"/cases/{caseId}");
        var (closeStatus, _) = await practitioner.ReadAsync($"/cases/{caseId}/close");

        Assert.Contains($"href=\"/cases/{caseId}/tracks/new\"", seen, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cases/{caseId}/notes/new\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/cases/{caseId}/close\"", seen, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cases/{caseId}/close\"", managed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, closeStatus);
    }

    [Fact]
    public async Task The_track_form_offers_the_workflows_linked_tracks_by_name()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Track Names");
        var practitioner = await app.SignedInBrowserAsync("mash.childrens-social-care");

        var (status, html) = await practitioner.ReadAsync($"/cases/{caseId}/tracks/new");

        Assert.True(status == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("value=\"missing-episode\"", html, StringComparison.Ordinal);
        Assert.Contains(">Missing episode</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_dated_tomorrow_is_refused_beside_the_date_and_what_was_typed_stays()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Note Tomorrow");
        var practitioner = await app.SignedInBrowserAsync("mash.childrens-social-care");
        var tomorrow = app.Time.GetUtcNow().AddDays(1);

        var response = await practitioner.PostFormAsync($"/cases/{caseId}/notes/new", $"/cases/{caseId}/notes",
        [
            new("kind", "visit"), new("occurred-day", tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("occurred-month", tomorrow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("occurred-year", tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("text", "Home visit: nobody in."),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#occurred-day\">The date it happened must be today or in the past.</a>", html, StringComparison.Ordinal);
        Assert.Contains("Home visit: nobody in.</textarea>", html, StringComparison.Ordinal);
        Assert.Empty((await (await (await app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}/notes")).JsonAsync()).AsArray());
    }

    [Fact]
    public async Task A_manager_closes_the_case_from_its_page_with_a_reason_and_sees_a_banner()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Closed By Page");
        var manager = await app.SignedInBrowserAsync("manager.childrens-social-care");

        var refused = await manager.PostFormAsync($"/cases/{caseId}/close", $"/cases/{caseId}/close", [new("reason", "")]);
        var closed = await manager.PostFormAsync($"/cases/{caseId}/close", $"/cases/{caseId}/close", [new("reason", "Duplicate of an open referral.")]);
        var (_, page) = await manager.ReadAsync($"/cases/{caseId}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("You closed the case of Closed By Page", page, StringComparison.Ordinal);
        Assert.Contains("Closed by hand: Duplicate of an open referral.", page, StringComparison.Ordinal);
    }
}
