using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Every entry point that shows a case's data writes a <c>case.viewed</c> entry to its disclosure log.</summary>
public sealed class DisclosureLogTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Reading_a_cases_tracks_is_recorded_as_a_view_by_the_reader()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Nia Ford");
        var mash = await app.As("mash.childrens-social-care");

        await (await mash.GetAsync($"/api/cases/{caseId}/tracks")).JsonAsync();

        Assert.Contains(await ViewsAsync(caseId), v => v == ("mash.childrens-social-care", "tracks"));
    }

    [Fact]
    public async Task Opening_a_task_page_with_the_childs_details_is_recorded_as_a_view()
    {
        var caseId = await (await app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Leo Marsh");
        var mash = await app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));

        var (status, page) = await mash.ReadAsync($"/cases/{caseId}/tasks/{taskId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Leo Marsh", page, StringComparison.Ordinal);
        Assert.Contains(await ViewsAsync(caseId), v => v == ("mash.childrens-social-care", "Opened a task page"));
    }

    [Fact]
    public async Task A_refused_task_page_records_no_view()
    {
        var caseId = await (await app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Ada Pike");
        var taskId = (await ApiCalls.ActiveTaskAsync(app, caseId))["id"]!.GetValue<Guid>();
        var police = await app.SignedInBrowserAsync("practitioner.police");

        var (status, _) = await police.ReadAsync($"/cases/{caseId}/tasks/{taskId}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain(await ViewsAsync(caseId), v => v.Actor == "practitioner.police");
    }

    [Fact]
    public async Task The_concern_raised_page_is_recorded_as_a_view_by_the_person_who_raised_it()
    {
        var school = await app.SignedInBrowserAsync("dsl.education");
        var caseId = await school.RaiseConcernAsync("Ivy Stone");

        var (status, page) = await school.ReadAsync($"/concerns/{caseId}/raised");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ivy Stone", page, StringComparison.Ordinal);
        Assert.Contains(await ViewsAsync(caseId), v => v == ("dsl.education", "Saw the concern raised"));
    }

    // The chair reads the journal through the API; the chair's own journal read is left out.
    private async Task<List<(string Actor, string? Purpose)>> ViewsAsync(Guid caseId)
    {
        var chair = await app.As("chair.partnership");
        var journal = (await (await chair.GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        return journal
            .Where(e => e!["kind"]!.GetValue<string>() == "case.viewed" && e["actor"]!.GetValue<string>() != "chair.partnership")
            .Select(e => (e!["actor"]!.GetValue<string>(), (e["data"] as JsonObject)?["purpose"]?.GetValue<string>()))
            .ToList();
    }
}
