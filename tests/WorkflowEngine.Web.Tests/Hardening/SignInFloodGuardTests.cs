using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>
/// The flood guard on sign-in counts every attempt from an address, right or wrong, so it must let a
/// whole team behind one address sign in at the start of the day, and still stop a flood at the
/// configured number. (It once allowed 10 a minute: the eleventh colleague behind the office's
/// address was answered 429.)
/// </summary>
public sealed class SignInFloodGuardTests
{
    [Fact]
    public async Task Twenty_five_colleagues_behind_one_address_all_sign_in_within_a_minute()
    {
        using var app = new WebAppFactory();
        using var clients = app.WithClientAddresses();
        var users = new[] { "practitioner.police", "practitioner.education", "practitioner.health", "manager.childrens-social-care", "mash.childrens-social-care" };

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 25; attempt++)
        {
            statuses.Add(await TokenAsync(clients, "10.0.9.1", users[attempt % users.Length], WebAppFactory.Password));
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Past_the_configured_attempts_a_minute_an_address_is_answered_429_and_another_is_not()
    {
        using var app = new WebAppFactory();
        app.Settings["SignIn:AttemptsPerMinutePerAddress"] = "3";
        using var clients = app.WithClientAddresses();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add(await TokenAsync(clients, "10.0.9.2", "practitioner.police", WebAppFactory.Password));
        }

        var other = await TokenAsync(clients, "10.0.9.3", "practitioner.police", WebAppFactory.Password);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public void A_setting_of_zero_stops_the_app_at_start_with_the_setting_named()
    {
        using var app = new WebAppFactory();
        app.Settings["SignIn:AttemptsPerMinutePerAddress"] = "0";

        var thrown = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("SignIn:AttemptsPerMinutePerAddress must be between 1 and 100000", thrown.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> TokenAsync(WebApplicationFactory<Program> app, string address, string userName, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }).From(address);
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName, password });
        return response.StatusCode;
    }
}
