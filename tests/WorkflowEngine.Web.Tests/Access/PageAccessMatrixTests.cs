using Xunit.Abstractions;

namespace WorkflowEngine.Web.Tests.Access;

/// <summary>
/// The main pages, opened with a signed-in cookie by each role from an involved agency and from
/// one that is not, and anonymously: each gets the page, the refusal page (403), or is sent to the
/// access-denied or sign-in page, as the table says; no page a caller may not see mentions the case.
/// </summary>
public sealed class PageAccessMatrixTests(AccessMatrixFixture matrix, ITestOutputHelper output) : IClassFixture<AccessMatrixFixture>
{
    private const string Shown = "200";
    private const string Refused = "403";
    private const string Denied = "302 /access-denied";

    // One row per page: its path on the seed, who may open it, and what the others get.
    private static readonly (string Page, Func<MatrixSeed, string> Path, Func<MatrixCaller, MatrixSeed, bool> May, string Otherwise)[] Pages =
    [
        ("/tasks", _ => "/tasks", (_, _) => true, Refused),
        ("/cases", _ => "/cases", (_, _) => true, Refused),
        ("/concerns/new", _ => "/concerns/new", (_, _) => true, Refused),
        ("/cases/{id}", s => $"/cases/{s.CaseId}", (c, s) => s.Sees(c), Refused),
        ("/cases/{id}/tasks/{taskId}", s => $"/cases/{s.CaseId}/tasks/{s.TaskId}", (c, s) => s.Sees(c), Refused),
        ("/dashboard", _ => "/dashboard", (c, _) => c.SeesEverything || c.Role == "manager", Refused),
        ("/escalations", _ => "/escalations", (c, _) => c.SeesEverything || c.Role == "manager", Denied),
        ("/library", _ => "/library", (c, _) => c.SeesEverything, Denied),
        ("/library/workflows/{key}/migrate", _ => "/library/workflows/cce-referral/migrate", (c, _) => c.SeesEverything, Denied),
        ("/children", _ => "/children?q=child", (c, _) => c.Role == "lead", Denied),
        ("/admin/journal", _ => "/admin/journal", (c, _) => c.Role == "admin", Refused),
        ("/admin/health", _ => "/admin/health", (c, _) => c.Role == "admin", Refused),
        ("/admin/incidents", _ => "/admin/incidents", (c, _) => c.Role == "admin", Refused),
        ("/admin/people", _ => "/admin/people", (c, _) => c.Role == "admin", Refused),
        ("/admin/disclosures", s => $"/admin/disclosures?case=CASE-{s.CaseId.ToString("N")[^8..]}", (c, _) => c.Role == "admin", Refused),
        ("/cases/{id}/summary", s => $"/cases/{s.CaseId}/summary", (c, s) => s.Sees(c), Refused),
    ];

    [Fact]
    public async Task Every_role_opens_exactly_the_pages_the_table_says()
    {
        var seed = matrix.Seed;
        // A short matrix: sign-in is rate limited (10 a minute), and the API fixture already signed two people in.
        var callers = matrix.Callers.Where(c => c.Role != "lead" || c.UserName == "chair.partnership").ToList();
        var differences = new List<string>();
        var calls = 0;
        foreach (var caller in callers)
        {
            var browser = await matrix.App.SignedInBrowserAsync(caller.UserName);
            foreach (var (page, path, may, otherwise) in Pages)
            {
                var (outcome, body) = await OpenAsync(browser, path(seed));
                calls++;
                var expected = may(caller, seed) ? Shown : otherwise;
                if (outcome != expected)
                {
                    differences.Add($"{page} as {caller}: {outcome}, expected {expected}");
                }

                if (!seed.Sees(caller) && (body.Contains(seed.CaseId.ToString(), StringComparison.OrdinalIgnoreCase) || body.Contains(seed.ChildName, StringComparison.Ordinal)))
                {
                    differences.Add($"{page} as {caller}: the page mentions the case it may not see (a leak)");
                }
            }
        }

        var anonymous = matrix.App.Browser();
        foreach (var (page, path, _, _) in Pages)
        {
            var (outcome, _) = await OpenAsync(anonymous, path(seed));
            calls++;
            if (outcome != "302 /sign-in")
            {
                differences.Add($"{page} anonymously: {outcome}, expected 302 /sign-in");
            }
        }

        output.WriteLine($"{calls} page requests: {Pages.Length} pages x ({callers.Count} callers + anonymous); {differences.Count} differences.");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static async Task<(string Outcome, string Body)> OpenAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response.Headers.Location is { } location)
        {
            outcome += " " + (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
        }

        return (outcome, await response.Content.ReadAsStringAsync());
    }
}
