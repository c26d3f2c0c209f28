using System.Net;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Children;

/// <summary>Child records over HTTP: a second contact joins the child's record; leads alone merge, with a reason, two different records not yet merged.</summary>
public abstract class ChildrenApiTests(WebAppFactory app)
{
    private async Task<Guid> OpenAsync(string name, string? dateOfBirth, string? reference = null)
    {
        var dsl = await app.As("dsl.education");
        var opened = await (await dsl.PostAsync("/api/cases", new
        {
            child = new { name, dateOfBirth, reference },
            contact = new { referrer = "Priya Shah", concern = "Seen with older men after school." },
            facts = new { missingEpisodes = 1 },
        })).JsonAsync(HttpStatusCode.Created);
        return opened["childId"]!.GetValue<Guid>();
    }

    private static object Merge(Guid survivor, Guid merged, string? reason) => new { survivorId = survivor, mergedId = merged, reason };

    [Fact]
    public async Task A_second_contact_with_the_same_local_reference_joins_the_childs_record()
    {
        var first = await OpenAsync("Kai Brown", "2011-02-03", "REF-KAI-1");
        var second = await OpenAsync("Kai Browne", null, "ref-kai-1");

        Assert.Equal(first, second);
        var lead = await app.As("chair.partnership");
        var record = await (await lead.GetAsync($"/api/children/{first}")).JsonAsync();
        Assert.Equal(("Kai Brown", "REF-KAI-1"), (record["name"]!.GetValue<string>(), record["localReference"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_a_lead_may_merge_records_and_others_get_403()
    {
        var a = await OpenAsync("Lola Grey", "2012-01-01");
        var b = await OpenAsync("Lola Gray", "2012-01-01");

        foreach (var user in new[] { "dsl.education", "chair.police", "admin.partnership" })
        {
            var caller = await app.As(user);
            await (await caller.PostAsync("/api/children/merge", Merge(a, b, "Same child."))).ProblemAsync(HttpStatusCode.Forbidden);
        }

        var lead = await app.As("chair.partnership");
        var record = await (await lead.GetAsync($"/api/children/{b}")).JsonAsync();
        Assert.Null(record["mergedIntoId"]);
    }

    [Fact]
    public async Task A_merge_without_a_reason_is_400_naming_the_reason()
    {
        var a = await OpenAsync("Mo Patel", "2012-02-02");
        var b = await OpenAsync("Mohammed Patel", "2012-02-02");
        var lead = await app.As("chair.partnership");

        await (await lead.PostAsync("/api/children/merge", Merge(a, b, "   "))).InvalidAsync("$.reason");
    }

    [Fact]
    public async Task Merging_a_record_into_itself_or_into_a_merged_record_is_409_and_a_lead_merge_moves_the_cases()
    {
        var a = await OpenAsync("Nia Evans", "2013-03-03");
        var b = await OpenAsync("Nia Evens", "2013-03-03");
        var c = await OpenAsync("N. Evans", "2013-03-03");
        var lead = await app.As("chair.partnership");

        await (await lead.PostAsync("/api/children/merge", Merge(a, a, "Same."))).ProblemAsync(HttpStatusCode.Conflict);
        var merged = await (await lead.PostAsync("/api/children/merge", Merge(a, b, "The school confirmed the spelling."))).JsonAsync();
        await (await lead.PostAsync("/api/children/merge", Merge(b, c, "Same child."))).ProblemAsync(HttpStatusCode.Conflict);
        await (await lead.PostAsync("/api/children/merge", Merge(c, b, "Same child."))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(a, merged["survivor"]!["id"]!.GetValue<Guid>());
        Assert.Equal(a, merged["merged"]!["mergedIntoId"]!.GetValue<Guid>());
        var moved = Assert.Single(merged["movedCaseIds"]!.AsArray())!.GetValue<Guid>();
        var shown = await ApiCalls.CaseAsync(app, moved);
        Assert.Equal(a, shown["childId"]!.GetValue<Guid>());
        var journal = await (await lead.GetAsync($"/api/cases/{moved}/journal")).JsonAsync();
        Assert.Contains(journal.AsArray(), e => e!["kind"]!.GetValue<string>() == "child.merged");
    }

    public sealed class OnSqlite(WebAppFactory app) : ChildrenApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : ChildrenApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
