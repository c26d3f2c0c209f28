using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>
/// Sign-in tells no one which accounts exist or are locked, and one client cannot lock anyone out:
/// it is throttled by address (429) before an account's own limit is reached.
/// </summary>
public sealed partial class SignInEnumerationTests : IClassFixture<WebAppFactory>, IDisposable
{
    private readonly WebApplicationFactory<Program> _app;

    public SignInEnumerationTests(WebAppFactory app) => _app = app.WithClientAddresses();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_get_the_same_token_answer()
    {
        await LockAsync("practitioner.police");

        var unknown = await TokenAsync("10.0.0.1", "nobody.at-all", "Demo-password-2026");
        var wrong = await TokenAsync("10.0.0.2", "practitioner.health", "not the password");
        var locked = await TokenAsync("10.0.0.3", "practitioner.police", WebAppFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal((unknown.Status, unknown.Body), (wrong.Status, wrong.Body));
        Assert.Equal((unknown.Status, unknown.Body), (locked.Status, locked.Body));
    }

    [Fact]
    public async Task An_unknown_name_and_a_locked_account_get_the_same_sign_in_page()
    {
        await LockAsync("practitioner.health");

        var unknown = await SignInPageAsync("10.0.1.1", "nobody.at-all", WebAppFactory.Password);
        var locked = await SignInPageAsync("10.0.1.2", "practitioner.health", WebAppFactory.Password);

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(unknown, locked);
        Assert.Contains("The user name or password is not right", unknown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sixth_failed_attempt_from_one_client_is_429_while_another_client_signs_in()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await TokenAsync("10.0.2.1", "practitioner.education", "guess " + attempt)).Status);
        }

        var other = await TokenAsync("10.0.2.2", "practitioner.education", WebAppFactory.Password);

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task A_throttled_client_is_told_in_words_on_the_page_with_429()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInPageAsync("10.0.3.1", "manager.health", "guess " + attempt)).Status);
        }

        var refused = await SignInPageAsync("10.0.3.1", "manager.health", WebAppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("govuk-error-summary", refused.Body, StringComparison.Ordinal);
        Assert.Contains("Too many attempts", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_client_guessing_cannot_lock_the_account_owner_out()
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            await TokenAsync("10.0.4.1", "manager.education", "guess " + attempt);
        }

        var owner = await TokenAsync("10.0.4.2", "manager.education", WebAppFactory.Password);

        Assert.Equal(HttpStatusCode.OK, owner.Status);
    }

    private async Task LockAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EngineUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(1))).Succeeded);
    }

    private async Task<(HttpStatusCode Status, string Body)> TokenAsync(string address, string userName, string password)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }).From(address);
        var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? "token" : WithoutTraceId(body));
    }

    private async Task<(HttpStatusCode Status, string Body)> SignInPageAsync(string address, string userName, string password)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }).From(address);
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
        });
        var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, Tokens().Replace(body.Replace(userName, "NAME", StringComparison.Ordinal), "TOKEN"));
    }

    private static string WithoutTraceId(string body)
    {
        var problem = JsonNode.Parse(body)!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex Tokens();
}
