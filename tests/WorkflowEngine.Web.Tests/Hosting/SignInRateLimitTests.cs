using System.Net;
using System.Net.Http.Json;

namespace WorkflowEngine.Web.Tests.Hosting;

/// <summary>Guessing passwords is slowed: ten sign-in attempts a minute from one address, then 429.</summary>
public sealed class SignInRateLimitTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public SignInRateLimitTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_eleventh_token_request_in_a_minute_is_refused_with_429()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "lead.police", password = "guess " + attempt });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
