using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Children;

/// <summary>
/// The pages of one child, one record: the confirmation says the child was matched; the case page
/// lists the child's other cases; a lead finds two records, compares them and merges them with a reason.
/// </summary>
public sealed class ChildRecordPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_second_concern_about_a_child_says_it_joined_their_record_and_a_lead_merges_a_misspelt_one()
    {
        var dsl = await app.SignedInBrowserAsync("dsl.education");
        var first = await dsl.RaiseConcernAsync("Olly Quinn");
        var second = await dsl.RaiseConcernAsync("  olly  QUINN ");
        var misspelt = await dsl.RaiseConcernAsync("Olly Quin");

        var (_, newChild) = await dsl.ReadAsync($"/concerns/{first}/raised");
        var (_, matched) = await dsl.ReadAsync($"/concerns/{second}/raised");
        Assert.DoesNotContain("data-testid=\"child-matched\"", newChild, StringComparison.Ordinal);
        Assert.Contains("matched by their name and date of birth", matched, StringComparison.Ordinal);

        var lead = await app.SignedInBrowserAsync("chair.partnership");
        var (_, casePage) = await lead.ReadAsync($"/cases/{first}");
        Assert.Contains("Other cases and tracks for this child", casePage, StringComparison.Ordinal);
        Assert.Contains($"/cases/{second}", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/cases/{misspelt}", casePage, StringComparison.Ordinal);

        var (status, search) = await lead.ReadAsync("/children?q=olly");
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = System.Text.RegularExpressions.Regex.Matches(search, "name=\"ids\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, ids.Count);

        var (refusedStatus, refused) = await lead.ReadAsync($"/children/compare?q=olly&ids={ids[0]}");
        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Contains("<a href=\"#ids\">Choose exactly two records to compare</a>", refused, StringComparison.Ordinal);

        var comparePath = $"/children/compare?q=olly&ids={ids[0]}&ids={ids[1]}";
        var (_, compare) = await lead.ReadAsync(comparePath);
        Assert.Equal(["Are these the same child?"], PageClient.Headings(compare));
        Assert.Contains("Olly Quin", compare, StringComparison.Ordinal);

        var noReason = await lead.PostFormAsync(comparePath, "/children/merge", [new("first", ids[0]), new("second", ids[1]), new("survivor", ids[0]), new("reason", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<a href=\"#reason\">Say why these are the same child</a>", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await lead.PostFormAsync(comparePath, "/children/merge", [new("first", ids[0]), new("second", ids[1]), new("survivor", ids[0]), new("reason", "The school confirmed the spelling.")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await lead.ReadAsync(done.Headers.Location!.OriginalString);
        Assert.Contains("The records were merged", after, StringComparison.Ordinal);
        var (_, joined) = await lead.ReadAsync($"/cases/{first}");
        Assert.Contains($"/cases/{misspelt}", joined, StringComparison.Ordinal);
    }
}
