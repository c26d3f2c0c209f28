using System.Net;
using Xunit.Abstractions;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>POST /api/cases with generated child, contact and facts.</summary>
public sealed class CaseOpeningFuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    [Fact]
    public async Task Any_contact_opens_a_case_or_is_refused_naming_the_field_and_storing_nothing()
    {
        var tally = new StatusTally();
        await FuzzRun.ForEachAsync(ContactPayloads.OpenCase, FuzzRun.Share(1.0), async body =>
        {
            var before = host.Store.CaseCount();
            var status = await ApiContract.CheckAsync(await host.PostRawAsync("/api/cases", body), tally, HttpStatusCode.Created, HttpStatusCode.BadRequest);
            var after = host.Store.CaseCount();
            Assert.True(
                status == HttpStatusCode.Created ? after == before + 1 : after == before,
                $"The case count is not what the answer says: {(int)status}, from {before} to {after} cases.");
        }, nameof(Any_contact_opens_a_case_or_is_refused_naming_the_field_and_storing_nothing));
        output.WriteLine(tally.ToString());
    }
}
