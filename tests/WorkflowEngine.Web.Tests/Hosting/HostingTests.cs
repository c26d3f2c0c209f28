using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Tests.Hosting;

/// <summary>The app starts on its embedded default: migrated database, published workflows, demo users, health, API docs.</summary>
public sealed class HostingTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public HostingTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Health_checks_answer_live_and_ready_with_the_database()
    {
        var client = _app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await _app.Browser().GetAsync(new Uri("/sign-in", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_user_signs_in_to_the_pages_with_a_secure_http_only_cookie()
    {
        var client = _app.Browser();
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "mash.childrens-social-care",
            ["Password"] = WebAppFactory.Password,
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
        });

        var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-workflow=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_beside_the_field_and_a_form_without_a_token_is_refused()
    {
        var client = _app.Browser();
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        using var wrong = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "dsl.education",
            ["Password"] = "not the password",
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
        });
        var shown = await (await client.PostAsync(new Uri("/sign-in", UriKind.Relative), wrong)).Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", shown, StringComparison.Ordinal);
        Assert.Contains("id=\"UserName-error\"", shown, StringComparison.Ordinal);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "dsl.education", ["Password"] = WebAppFactory.Password });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/sign-in", UriKind.Relative), forged)).StatusCode);
    }

    [Fact]
    public async Task Api_clients_get_bearer_tokens_and_bad_credentials_get_a_problem()
    {
        var client = _app.CreateClient();
        var token = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "manager.police", password = WebAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.False(string.IsNullOrEmpty((await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>()));

        var refused = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "manager.police", password = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);

        var missing = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "manager.police" });
        var problem = await missing.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("$.password"));
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_for_offline_browsing()
    {
        var document = await _app.Browser().GetFromJsonAsync<JsonObject>(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.True(document!["paths"]!.AsObject().ContainsKey("/api/auth/token"));
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
    }
}
