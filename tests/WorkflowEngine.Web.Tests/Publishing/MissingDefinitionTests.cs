using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Publishing;

/// <summary>
/// When the front door's rule set has no published version (a database edited by hand), raising a
/// concern is never a bare 500: the API names what is missing and the page keeps what was typed.
/// </summary>
public sealed class MissingDefinitionTests : IAsyncLifetime, IDisposable
{
    private readonly WebAppFactory _app = new();

    public async Task InitializeAsync()
    {
        var documents = _app.Services.GetRequiredService<IDocumentStore>();
        Assert.True(await documents.RetireAsync(DocumentKind.RuleSet, "front-door-routing", 1, "someone editing the database"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_concern_form_is_shown_again_with_everything_typed_and_a_banner_saying_it_was_not_saved_and_who_to_call()
    {
        var dsl = await _app.SignedInBrowserAsync("dsl.education");

        var response = await dsl.PostFormAsync("/concerns/new", "/concerns/new", [
            new("ChildName", "Alfie Moss"), new("ChildDateOfBirth-day", "14"), new("ChildDateOfBirth-month", "6"), new("ChildDateOfBirth-year", "2011"),
            new("Referrer", "Priya Shah"), new("Concern", "Seen getting into cars with older men after school."), new("Urgent", "false"),
            new("MissingEpisodes", "3"), new("Indicators", "unexplainedMoneyOrGifts")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Your referral has NOT been saved.", html, StringComparison.Ordinal);
        Assert.Contains("Phone the front door (the MASH, children's social care) now", html, StringComparison.Ordinal);
        Assert.Contains("The rule set &#x27;front-door-routing&#x27; has no published version", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Alfie Moss\"", html, StringComparison.Ordinal);
        Assert.Contains("Seen getting into cars with older men after school.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"3\"", html, StringComparison.Ordinal);
        Assert.Matches("value=\"unexplainedMoneyOrGifts\"[^>]*checked", html);
    }

    [Fact]
    public async Task Opening_a_case_over_the_API_is_503_with_a_problem_naming_the_rule_set()
    {
        var dsl = await _app.As("dsl.education");

        var response = await dsl.PostAsync("/api/cases", new
        {
            child = new { name = "Alfie Moss", dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
            facts = new { missingEpisodes = 2 },
        });
        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);

        var entry = Assert.Single(problem["problems"]!.AsArray())!;
        Assert.Equal(("definition.not-published", "$.ruleSets.front-door-routing"), (entry["code"]!.GetValue<string>(), entry["path"]!.GetValue<string>()));
    }
}
