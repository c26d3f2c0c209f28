using System.Net;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>Signing out ends the session on the server: the old cookie, replayed, opens nothing.</summary>
public sealed class SignOutTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public SignOutTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_cookie_kept_from_before_signing_out_no_longer_opens_the_inbox_or_the_dashboard()
    {
        var client = await _app.SignedInBrowserAsync("lead.police");
        var inbox = await client.GetAsync(new Uri("/tasks", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        // The cookies the client sent (the test client's cookie handler writes them on the request).
        var kept = string.Join("; ", inbox.RequestMessage!.Headers.GetValues("Cookie"));
        Assert.Contains("__Host-workflow=", kept, StringComparison.Ordinal);
        var page = await inbox.Content.ReadAsStringAsync();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page) });
        var signedOut = await client.PostAsync(new Uri("/sign-out", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replay = _app.Browser();
        foreach (var path in new[] { "/tasks", "/dashboard" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add("Cookie", kept);
            var response = await replay.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
