using System.Net;
using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>The inbox page: the child on every line, filters, search, order and pages in the query string, counts on the tabs, need-to-know.</summary>
public sealed class InboxPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    // Sign-in is rate-limited per address (10 a minute), so each user signs in once for the whole class.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WebAppFactory, System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> SignedIn = new();

    public InboxPageTests(WebAppFactory app) => _app = app;

    private Task<HttpClient> As(string userName) =>
        SignedIn.GetOrCreateValue(_app).GetOrAdd(userName, name => new Lazy<Task<HttpClient>>(() => _app.SignedInBrowserAsync(name))).Value;

    [Fact]
    public async Task The_MASH_worker_finds_a_childs_task_by_name_with_a_task_filter_and_the_line_shows_the_child()
    {
        var dsl = await As("dsl.education");
        var zara = await dsl.RaiseConcernAsync("Zara Quillfeather");
        var other = await dsl.RaiseConcernAsync("Yusuf Quillfeather");
        var mash = await As("mash.childrens-social-care");

        var (status, html) = await mash.ReadAsync("/tasks?show=agency&task=decide-referral&q=zara+quill");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(PageClient.TaskLinks(html, zara));
        Assert.Empty(PageClient.TaskLinks(html, other));
        Assert.Contains("<strong>Zara Quillfeather</strong><br><span class=\"govuk-body-s\">15 years old</span>", html, StringComparison.Ordinal);
        Assert.Contains(CaseReference.Of(zara), html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Front-door screening (MASH)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Nobody yet</td>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"decide-referral\" selected=\"selected\">Acknowledge and decide referral</option>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"zara quill\"", html, StringComparison.Ordinal);
        // The tabs and the selected-filter tags keep the view, so it can be bookmarked.
        Assert.Contains("href=\"/tasks?show=me&amp;task=decide-referral&amp;q=zara%20quill\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tasks?show=agency&amp;task=decide-referral\"><span class=\"govuk-visually-hidden\">Remove this filter</span> Search: zara quill", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_reference_finds_its_task_and_another_stage_finds_nothing()
    {
        var caseId = await (await As("dsl.education")).RaiseConcernAsync("Imogen Thackeray");
        var mash = await As("mash.childrens-social-care");

        var byReference = (await mash.ReadAsync($"/tasks?show=agency&q={CaseReference.Of(caseId)}")).Html;
        var wrongStage = (await mash.ReadAsync($"/tasks?show=agency&stage=mace-referral&q={CaseReference.Of(caseId)}")).Html;

        Assert.Single(PageClient.TaskLinks(byReference, caseId));
        Assert.Empty(PageClient.TaskLinks(wrongStage, caseId));
        Assert.Contains("No tasks match these filters. Try removing one.", wrongStage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Held_by_me_and_nobody_yet_split_the_team_and_the_tabs_count_the_work()
    {
        var caseId = await (await As("dsl.education")).RaiseConcernAsync("Oscar Pendlebury");
        var mash = await As("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=team&q=Pendlebury")).Html, caseId));
        var mineBefore = await TabCountAsync(mash, "me");
        Assert.Equal(HttpStatusCode.Redirect, (await mash.PostFormAsync($"/cases/{caseId}/tasks/{taskId}", $"/cases/{caseId}/tasks/{taskId}/claim", [])).StatusCode);

        var heldByMe = (await mash.ReadAsync("/tasks?show=team&heldBy=me&q=Pendlebury")).Html;
        var unassigned = (await mash.ReadAsync("/tasks?show=team&heldBy=unassigned&q=Pendlebury")).Html;

        Assert.Single(PageClient.TaskLinks(heldByMe, caseId));
        Assert.Contains("<td class=\"govuk-table__cell\">Sam Okafor (MASH social worker)</td>", heldByMe, StringComparison.Ordinal);
        Assert.Empty(PageClient.TaskLinks(unassigned, caseId));
        Assert.Equal(mineBefore + 1, await TabCountAsync(mash, "me"));
    }

    [Fact]
    public async Task Another_agencys_worker_searching_for_the_child_finds_none_of_social_cares_tasks()
    {
        var caseId = await (await As("dsl.education")).RaiseConcernAsync("Florence Abernethy");
        var police = await As("practitioner.police");

        var (status, html) = await police.ReadAsync("/tasks?show=agency&q=Abernethy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(PageClient.TaskLinks(html, caseId));
        Assert.DoesNotContain("Florence", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tasks?show=nobody&due=yesterday&priority=urgent&heldBy=boss&sort=random&page=-4")]
    [InlineData("/tasks?page=99999&task=no-such-task&stage=no-such-stage")]
    public async Task Unknown_filter_values_fall_back_to_the_defaults(string path)
    {
        var mash = await As("mash.childrens-social-care");

        var (status, html) = await mash.ReadAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["My tasks"], PageClient.Headings(html));
    }

    [Fact]
    public async Task High_priority_first_is_an_order_the_page_offers_and_keeps()
    {
        var mash = await As("mash.childrens-social-care");

        var html = (await mash.ReadAsync("/tasks?show=agency&sort=priority&due=week")).Html;

        Assert.Contains("id=\"sort-1\" name=\"sort\" type=\"radio\" value=\"priority\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"due-3\" name=\"due\" type=\"radio\" value=\"week\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_over_100_characters_is_refused_beside_the_box_keeping_the_other_filters()
    {
        var caseId = await (await As("dsl.education")).RaiseConcernAsync("Octavia Longsearch");
        var mash = await As("mash.childrens-social-care");
        var tooLong = "Octavia " + new string('l', 93);

        var (status, html) = await mash.ReadAsync($"/tasks?show=agency&due=week&sort=priority&q={Uri.EscapeDataString(tooLong)}");
        var (atLimitStatus, atLimit) = await mash.ReadAsync($"/tasks?show=agency&q={Uri.EscapeDataString(tooLong[..100])}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Error: ", PageClient.Title(html), StringComparison.Ordinal);
        Assert.Equal(["q"], Forms.FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(Forms.FormAudit.SummaryLinks(html), l => l.Message == "The child's name or case reference must be 100 characters or fewer");
        Assert.Contains("<p id=\"q-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The child&#x27;s name or case reference must be 100 characters or fewer</p>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{tooLong}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"due-3\" name=\"due\" type=\"radio\" value=\"week\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sort-1\" name=\"sort\" type=\"radio\" value=\"priority\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Empty(PageClient.TaskLinks(html, caseId));
        Assert.Equal(HttpStatusCode.OK, atLimitStatus);
        Assert.DoesNotContain("govuk-error-summary", atLimit, StringComparison.Ordinal);
    }

    private static async Task<int> TabCountAsync(HttpClient client, string tab)
    {
        var html = (await client.ReadAsync("/tasks")).Html;
        var match = System.Text.RegularExpressions.Regex.Match(html, $"href=\"/tasks\\?show={tab}[^\"]*\"[^>]*>[^<]*<span class=\"govuk-tag govuk-tag--grey app-count\">([0-9,]+)</span>");
        Assert.True(match.Success, "No count on the " + tab + " tab.");
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
