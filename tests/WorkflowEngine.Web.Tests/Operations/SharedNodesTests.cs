using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>
/// Two nodes on one PostgreSQL database: a cookie and a form token one node issued are accepted by
/// the other (the Data Protection keys are in the database), each lists the other on the health
/// page, failed sign-ins are counted by both together, and a version published on one is used by
/// the other's next command.
/// </summary>
public sealed class SharedNodesTests
{
    [Fact]
    public async Task A_person_signed_in_on_one_node_is_signed_in_on_the_other()
    {
        using var first = new PostgreSqlWebAppFactory();
        first.Settings["Node:Name"] = "node-one";
        var browser = first.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var signInPage = await browser.GetAsync(ApiCalls.Path("/sign-in"));
        var formCookies = Cookies(signInPage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin.partnership",
            ["Password"] = WebAppFactory.Password,
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(await signInPage.Content.ReadAsStringAsync()),
        });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, ApiCalls.Path("/sign-in")) { Content = form };
        signIn.Headers.Add("Cookie", formCookies);
        var signedIn = await browser.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Cookies(signedIn);
        await first.Services.GetRequiredService<OperationsMonitor>().RefreshAsync();

        using var second = PostgreSqlWebAppFactory.Joining(first, "node-two");
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        await second.Services.GetRequiredService<OperationsMonitor>().RefreshAsync();
        using var onSecond = new HttpRequestMessage(HttpMethod.Get, ApiCalls.Path("/admin/health"));
        onSecond.Headers.Add("Cookie", session);
        var page = await other.SendAsync(onSecond);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"this-node\">node-two</strong>", html, StringComparison.Ordinal);
        Assert.Contains(">node-one</th>", html, StringComparison.Ordinal);
        Assert.Contains(">node-two</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_sign_ins_on_one_node_count_on_the_other()
    {
        using var first = new PostgreSqlWebAppFactory();
        var one = first.CreateClient();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var refused = await one.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "lead.police", password = "guess " + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var second = PostgreSqlWebAppFactory.Joining(first, "node-two");
        var two = second.CreateClient();
        var fifth = await two.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "lead.police", password = "guess 4" });
        var sixth = await two.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "lead.police", password = WebAppFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
    }

    [Fact]
    public async Task A_version_published_on_one_node_opens_the_next_case_on_the_other()
    {
        using var first = new PostgreSqlWebAppFactory();
        var before = await ApiCalls.CaseAsync(first, await ApiCalls.OpenConcernAsync(first, "Before Publish"));
        using var second = PostgreSqlWebAppFactory.Joining(first, "node-two");
        var onSecond = await ApiCalls.CaseAsync(second, await ApiCalls.OpenConcernAsync(second, "Second Before"));
        Assert.Equal(before["workflowVersion"]!.GetValue<int>(), onSecond["workflowVersion"]!.GetValue<int>());

        var lead = await first.As("chair.partnership");
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(WorkflowEngine.Core.Tests.RepositoryPaths.Root, "workflows", "cce-referral.json")))!;
        using var body = new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var draft = await (await lead.PostAsync(ApiCalls.Path("/api/workflows/cce-referral/drafts"), body)).JsonAsync(HttpStatusCode.Created);
        await (await lead.PostAsync($"/api/workflows/cce-referral/versions/{draft["version"]}/publish")).JsonAsync();
        var after = await ApiCalls.CaseAsync(second, await ApiCalls.OpenConcernAsync(second, "After Publish"));

        Assert.Equal(draft["version"]!.GetValue<int>(), after["workflowVersion"]!.GetValue<int>());
        Assert.True(after["workflowVersion"]!.GetValue<int>() > onSecond["workflowVersion"]!.GetValue<int>());
    }

    // The cookies a response sets, as a Cookie request header.
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
