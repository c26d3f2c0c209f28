using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>Case data is never cached, error answers keep the security headers, and the API reference has a content policy.</summary>
public sealed class ResponseHeaderTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public ResponseHeaderTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Api_answers_and_signed_in_pages_say_no_store()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Cache Avery");
        var lead = await _app.As("chair.partnership");
        var browser = await _app.SignedInBrowserAsync("chair.partnership");

        var api = await lead.GetAsync($"/api/cases/{caseId}");
        var page = await browser.GetAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        var inbox = await browser.GetAsync(new Uri("/tasks", UriKind.Relative));

        foreach (var response in new[] { api, page, inbox })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} may be cached: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task A_500_keeps_the_security_headers_and_says_no_store()
    {
        using var failing = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDashboardQueries, BrokenDashboard>()));
        var client = failing.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var token = await client.PostAsJsonAsync(ApiCalls.Path("/api/auth/token"), new { userName = "chair.partnership", password = WebAppFactory.Password });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.JsonAsync())["accessToken"]!.GetValue<string>());

        var response = await client.GetAsync(ApiCalls.Path("/api/dashboard"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("dashboard store is down", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_loads_with_a_content_policy_that_allows_only_its_own_assets()
    {
        var response = await _app.Browser().GetAsync(new Uri("/scalar", UriKind.Relative));
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            response = await _app.Browser().GetAsync(response.Headers.Location!);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class BrokenDashboard : IDashboardQueries
    {
        public Task<DashboardFigures> GetFiguresAsync(DashboardQuery query, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The dashboard store is down.");

        public Task<IReadOnlyList<(ReportingPeriod Month, DashboardFigures Figures)>> GetMonthlyAsync(DashboardQuery query, TimeZoneInfo timeZone, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The dashboard store is down.");

        public Task<IReadOnlyList<MeasureCase>> GetCasesAsync(string measureKey, DashboardQuery query, int take = 1000, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The dashboard store is down.");
    }
}
