using System.Net;
using System.Net.Http.Json;

namespace WorkflowEngine.Web.Tests.Hosting;

/// <summary>Guessing passwords is slowed: five failed sign-in attempts from one address, then 429.</summary>
public sealed class SignInRateLimitTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public SignInRateLimitTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_sixth_failed_token_request_from_one_address_is_refused_with_429()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "lead.police", password = "guess " + attempt });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
    }
}
