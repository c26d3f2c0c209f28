using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the client's own
/// address (which sign-in throttling counts by) and scheme are taken from <c>X-Forwarded-For</c>
/// and <c>X-Forwarded-Proto</c>, but only from the proxies named in <c>ReverseProxy:KnownProxies</c>
/// (and loopback): anyone else could claim any address by sending the header.
/// </summary>
internal static class ReverseProxySetup
{
    public const string SectionName = "ReverseProxy";

    public static void AddReverseProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection($"{SectionName}:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies holds '{proxy}', which is not an IP address. Name each proxy by its address, such as 10.0.0.5."));
            }
        });
    }
}
