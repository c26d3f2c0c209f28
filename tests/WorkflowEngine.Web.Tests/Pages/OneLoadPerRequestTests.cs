using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>
/// A page that runs a command loads the case once: the command checks need-to-know on the snapshot
/// it changes, and the page answers from the command's result.
/// </summary>
public sealed class OneLoadPerRequestTests : IClassFixture<OneLoadPerRequestTests.CountingApp>
{
    private readonly CountingApp _app;

    public OneLoadPerRequestTests(CountingApp app) => _app = app;

    [Fact]
    public async Task Claiming_and_releasing_from_the_task_page_each_load_the_case_once()
    {
        var (caseId, taskPath) = await NewTaskAsync("Ada Lane");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");

        var claimed = await PostCountedAsync(mash, taskPath, taskPath + "/claim", [], caseId);
        var released = await PostCountedAsync(mash, taskPath, taskPath + "/release", [], caseId);

        Assert.Equal((HttpStatusCode.Redirect, 1), claimed);
        Assert.Equal((HttpStatusCode.Redirect, 1), released);
    }

    [Fact]
    public async Task A_claim_refused_by_need_to_know_loads_the_case_once_and_changes_nothing()
    {
        var (caseId, taskPath) = await NewTaskAsync("Bo Reed");
        var police = await _app.SignedInBrowserAsync("practitioner.police");
        var journal = (await _app.Services.GetRequiredService<ICaseStore>().ReadJournalAsync(caseId)).Count;

        var refused = await PostCountedAsync(police, "/tasks", taskPath + "/claim", [], caseId);

        Assert.Equal((HttpStatusCode.Forbidden, 1), refused);
        Assert.Equal(journal, (await _app.Services.GetRequiredService<ICaseStore>().ReadJournalAsync(caseId)).Count);
    }

    [Fact]
    public async Task Escalating_a_task_by_hand_and_closing_the_case_each_load_it_once()
    {
        var (caseId, taskPath) = await NewTaskAsync("Cal Moss");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");

        var escalated = await PostCountedAsync(manager, taskPath, taskPath + "/escalate", [new("reason", "No answer from the family for a week.")], caseId);
        var closed = await PostCountedAsync(manager, $"/cases/{caseId}/close", $"/cases/{caseId}/close", [new("reason", "Duplicate of an existing referral.")], caseId);

        Assert.Equal((HttpStatusCode.Redirect, 1), escalated);
        Assert.Equal((HttpStatusCode.Redirect, 1), closed);
    }

    private async Task<(Guid CaseId, string TaskPath)> NewTaskAsync(string child)
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync(child);
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));
        return (caseId, $"/cases/{caseId}/tasks/{taskId}");
    }

    // The form's page is read first for its anti-forgery token; only the post itself is counted.
    private async Task<(HttpStatusCode Status, int Loads)> PostCountedAsync(HttpClient client, string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields, Guid caseId)
    {
        var page = await client.GetStringAsync(new Uri(pagePath, UriKind.Relative));
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebAppFactory.AntiforgeryToken(page))));
        _app.Loads.Reset();
        var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response.StatusCode, _app.Loads.Of(caseId));
    }

    /// <summary>The app with its case loads counted.</summary>
    public sealed class CountingApp : WebAppFactory
    {
        public CountingApp() => TestServices = Loads.Wrap;

        public CaseLoadCounter Loads { get; } = new();
    }
}
