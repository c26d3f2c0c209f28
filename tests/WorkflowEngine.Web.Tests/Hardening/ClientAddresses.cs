using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>
/// The in-memory test server has no remote address; this gives each request the address named in
/// its <c>X-Test-Client</c> header, as Kestrel would from the connection, so tests can act as
/// several clients. Only the test host has it.
/// </summary>
internal static class ClientAddresses
{
    public const string Header = "X-Test-Client";

    public static WebApplicationFactory<Program> WithClientAddresses(this WebAppFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddTransient<IStartupFilter, Filter>()));

    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
