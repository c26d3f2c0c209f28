using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Publishing;

/// <summary>After start-up the database is the source of truth: a restart never puts a file over a lead's published version.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "restart-root-" + Guid.NewGuid().ToString("N"));
    private readonly string _database = Path.Combine(Path.GetTempPath(), "restart-db-" + Guid.NewGuid().ToString("N"));

    public RestartTests()
    {
        foreach (var folder in new[] { "workflows", "rules", "reference" })
        {
            Copy(Path.Combine(Core.Tests.RepositoryPaths.Root, folder), Path.Combine(_root, folder));
        }
    }

    [Fact]
    public async Task A_version_a_lead_published_in_the_library_still_serves_new_cases_after_a_restart_and_a_changed_file_becomes_a_draft()
    {
        var workflowFile = Path.Combine(_root, "workflows", "cce-referral.json");
        using (var first = WebAppFactory.On(_database, _root))
        {
            var api = await first.As("chair.partnership");
            var leads = JsonNode.Parse(await File.ReadAllTextAsync(workflowFile))!;
            leads["description"] = "Corrected by the lead.";
            Assert.Equal(2, (await (await api.PostAsync("/api/workflows/cce-referral/drafts", leads)).JsonAsync(HttpStatusCode.Created))["version"]!.GetValue<int>());
            var browser = await first.SignedInBrowserAsync("chair.partnership");
            var published = await browser.PostFormAsync("/library/workflows/cce-referral/2/publish", "/library/workflows/cce-referral/2/publish",
                [new("reason", "Corrected the description")]);
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        using (var restarted = WebAppFactory.On(_database, _root))
        {
            var versions = (await (await (await restarted.As("chair.partnership")).GetAsync("/api/workflows/cce-referral/versions")).JsonAsync()).AsArray();
            Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
            var caseId = await ApiCalls.OpenConcernAsync(restarted);
            Assert.Equal(2, (await ApiCalls.CaseAsync(restarted, caseId))["workflowVersion"]!.GetValue<int>());
        }

        var changed = JsonNode.Parse(await File.ReadAllTextAsync(workflowFile))!;
        changed["description"] = "Changed in git by the partnership.";
        await File.WriteAllTextAsync(workflowFile, changed.ToJsonString(new() { WriteIndented = true }));
        using var again = WebAppFactory.On(_database, _root);
        var lead = await again.As("chair.partnership");
        var after = (await (await lead.GetAsync("/api/workflows/cce-referral/versions")).JsonAsync()).AsArray();
        Assert.Equal([(3, "draft", "system:files"), (2, "published", "chair.partnership")],
            after.Take(2).Select(v => (v!["version"]!.GetValue<int>(), v["status"]!.GetValue<string>().ToLowerInvariant(), v["createdBy"]!.GetValue<string>())));
        var caseOnRestart = await ApiCalls.OpenConcernAsync(again);
        Assert.Equal(2, (await ApiCalls.CaseAsync(again, caseOnRestart))["workflowVersion"]!.GetValue<int>());

        var page = (await (await again.SignedInBrowserAsync("chair.partnership")).ReadAsync("/library/workflows/cce-referral/2")).Html;
        Assert.Contains("The file workflows/cce-referral.json differs from the published version 2.", page, StringComparison.Ordinal);
        Assert.Matches("<ins><code>[^<]*Changed in git by the partnership\\.[^<]*</code></ins>", page);
        Assert.Matches("<del><code>[^<]*Corrected by the lead\\.[^<]*</code></del>", page);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _root, _database })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
