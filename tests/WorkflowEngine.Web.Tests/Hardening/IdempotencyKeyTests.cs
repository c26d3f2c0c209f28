using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>
/// A POST retried with the same <c>Idempotency-Key</c> is answered from the first answer instead of
/// doing the work twice; the same key with a different body is 422; no key behaves as before.
/// </summary>
public abstract class IdempotencyKeyTests
{
    private readonly WebAppFactory _app;

    protected IdempotencyKeyTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_referral_sent_twice_with_one_key_opens_one_case_and_gets_the_same_answer()
    {
        var dsl = await _app.As("dsl.education");
        var key = Guid.NewGuid().ToString();
        var body = Referral("Retry Morgan");

        var first = await SendAsync(dsl, "/api/cases", body, key);
        var second = await SendAsync(dsl, "/api/cases", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await CountCasesAsync("Retry Morgan"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422()
    {
        var dsl = await _app.As("dsl.education");
        var key = Guid.NewGuid().ToString();
        await (await SendAsync(dsl, "/api/cases", Referral("Reuse Parker"), key)).JsonAsync(HttpStatusCode.Created);

        var reused = await SendAsync(dsl, "/api/cases", Referral("Someone Different"), key);

        var problem = await reused.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Idempotency-Key", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await CountCasesAsync("Someone Different"));
    }

    [Fact]
    public async Task Another_user_with_the_same_key_gets_their_own_answer()
    {
        var key = Guid.NewGuid().ToString();
        var dsl = await _app.As("dsl.education");
        await (await SendAsync(dsl, "/api/cases", Referral("Shared Key One"), key)).JsonAsync(HttpStatusCode.Created);
        var practitioner = await _app.As("practitioner.police");

        var other = await SendAsync(practitioner, "/api/cases", Referral("Shared Key Two"), key);

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(1, await CountCasesAsync("Shared Key Two"));
    }

    [Fact]
    public async Task Without_a_key_each_post_opens_a_case_as_before()
    {
        var dsl = await _app.As("dsl.education");

        await (await SendAsync(dsl, "/api/cases", Referral("No Key Riley"), null)).JsonAsync(HttpStatusCode.Created);
        await (await SendAsync(dsl, "/api/cases", Referral("No Key Riley"), null)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, await CountCasesAsync("No Key Riley"));
    }

    [Fact]
    public async Task A_failed_answer_is_replayed_too_and_a_key_too_long_is_400()
    {
        var dsl = await _app.As("dsl.education");
        var key = Guid.NewGuid().ToString();
        var invalid = new { child = new { name = "" } };

        var first = await SendAsync(dsl, "/api/cases", invalid, key);
        var second = await SendAsync(dsl, "/api/cases", invalid, key);
        var tooLong = await SendAsync(dsl, "/api/cases", invalid, new string('k', 300));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await tooLong.InvalidAsync("Idempotency-Key");
    }

    private static object Referral(string child) => new
    {
        child = new { name = child, dateOfBirth = "2010-05-01" },
        contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
        facts = new JsonObject { ["missingEpisodes"] = 1 },
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.Path(path)) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> CountCasesAsync(string child)
    {
        var lead = await _app.As("chair.partnership");
        var found = await (await lead.GetAsync($"/api/cases?childName={Uri.EscapeDataString(child)}&take=500")).JsonAsync();
        return found.AsArray().Count(c => c!["childName"]!.GetValue<string>() == child);
    }

    public sealed class OnSqlite(WebAppFactory app) : IdempotencyKeyTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : IdempotencyKeyTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
