using System.Net;
using System.Net.Http.Json;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Hardening;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>
/// Behind a reverse proxy, sign-in throttling counts the client's address the named proxy
/// forwards, not the proxy's own (which every client shares); a forwarded address from anyone
/// else is ignored.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.5";

    private readonly WebAppFactory _app = new();

    public ReverseProxyTests() => _app.Settings["ReverseProxy:KnownProxies:0"] = Proxy;

    [Fact]
    public async Task Clients_behind_the_known_proxy_are_throttled_one_by_one()
    {
        var proxied = _app.WithClientAddresses();
        var guesser = proxied.CreateClient().From(Proxy);
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var colleague = proxied.CreateClient().From(Proxy);
        colleague.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await guesser.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "lead.police", password = "guess " + attempt })).StatusCode);
        }

        var other = await colleague.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "chair.partnership", password = WebAppFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unknown_sender_is_ignored()
    {
        var proxied = _app.WithClientAddresses();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            // A new made-up address each time, sent straight from one client: it is still one client.
            var client = proxied.CreateClient().From("198.51.100.9");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 20}");
            statuses.Add((await client.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "lead.police", password = "guess " + attempt })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
    }

    public void Dispose() => _app.Dispose();
}
