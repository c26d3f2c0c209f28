using System.Net.Http.Json;
using WorkflowEngine.Web.Tests.Api;
using Xunit.Abstractions;

namespace WorkflowEngine.Web.Tests.Access;

/// <summary>
/// Every API operation of the OpenAPI document, called by every role from an agency involved in
/// the seeded case and from one that is not, and anonymously, against the table in
/// <see cref="ApiAccessTable"/>. Besides the status, no answer to a caller who may not see the
/// case may mention it (its id or the child's name).
/// </summary>
public sealed class ApiAccessMatrixTests(AccessMatrixFixture matrix, ITestOutputHelper output) : IClassFixture<AccessMatrixFixture>
{
    [Fact]
    public async Task Every_operation_in_the_openapi_document_has_a_row_in_the_access_table()
    {
        var documented = await matrix.DocumentedOperationsAsync();
        var declared = ApiAccessTable.Rules.Select(r => r.Operation).ToHashSet(StringComparer.Ordinal);

        Assert.True(documented.Except(declared).ToList() is [], $"Operations with no row in ApiAccessTable: {string.Join(", ", documented.Except(declared).Order())}");
        Assert.True(declared.Except(documented).ToList() is [], $"Rows for operations the API no longer has: {string.Join(", ", declared.Except(documented).Order())}");
    }

    [Fact]
    public async Task Every_role_gets_exactly_what_the_access_table_says_and_nothing_of_a_case_it_may_not_see()
    {
        var seed = matrix.Seed;
        var differences = new List<string>();
        var calls = 0;
        foreach (var rule in ApiAccessTable.Rules.Where(r => !r.IsPublic))
        {
            foreach (var caller in matrix.Callers)
            {
                var client = await matrix.App.As(caller.UserName);
                var (status, body) = await CallAsync(client, rule, seed);
                calls++;
                var may = rule.May(caller, seed);
                if (may ? !rule.Allowed.Contains(status) : status != rule.Refused)
                {
                    differences.Add($"{rule.Operation} as {caller}: {status}, expected {(may ? string.Join(" or ", rule.Allowed) : rule.Refused)}");
                }

                if (!seed.Sees(caller) && status < 300 && Mentions(body, seed))
                {
                    differences.Add($"{rule.Operation} as {caller}: {status} and the answer mentions the case it may not see (a leak)");
                }
            }

            using var anonymous = matrix.App.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
            var (anonymousStatus, _) = await CallAsync(anonymous, rule, seed);
            calls++;
            if (anonymousStatus != 401)
            {
                differences.Add($"{rule.Operation} anonymously: {anonymousStatus}, expected 401");
            }
        }

        output.WriteLine($"{calls} calls: {ApiAccessTable.Rules.Count} operations x ({matrix.Callers.Count} callers + anonymous); {differences.Count} differences.");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static async Task<(int Status, string Body)> CallAsync(HttpClient client, AccessRule rule, MatrixSeed seed)
    {
        var path = ApiCalls.Path(rule.Path(seed));
        using var response = rule.Method switch
        {
            "get" => await client.GetAsync(path),
            "put" => await client.PutAsJsonAsync(path, rule.Body ?? new { }),
            // An upload is a form, made afresh for each call.
            _ when rule.Body is Func<HttpContent> form => await client.PostAsync(path, form()),
            _ => await client.PostAsJsonAsync(path, rule.Body ?? new { }),
        };
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static bool Mentions(string body, MatrixSeed seed) =>
        body.Contains(seed.CaseId.ToString(), StringComparison.OrdinalIgnoreCase) || body.Contains(seed.ChildName, StringComparison.Ordinal);
}
