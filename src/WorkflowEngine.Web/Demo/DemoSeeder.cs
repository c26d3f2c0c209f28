using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Hosting;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Demo;

/// <summary>Seeds the demo accounts and, into an empty database, a handful of cases at different stages.</summary>
internal sealed class DemoSeeder(
    UserManager<EngineUser> users,
    CaseService cases,
    ICaseQueries queries,
    ReferenceData reference,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in DemoUsers.All(reference.Agencies.Select(a => a.Key)))
        {
            if (await users.FindByNameAsync(demo.UserName) is not null)
            {
                continue;
            }

            var user = new EngineUser { UserName = demo.UserName, DisplayName = demo.DisplayName, Agency = demo.Agency, Team = demo.Team, EmailConfirmed = true };
            var created = await users.CreateAsync(user, options.Value.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo user {demo.UserName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRolesAsync(user, demo.Roles);
        }

        if (await users.FindByNameAsync("dsl.education") is { } dsl && !await AnyCaseAsync(cancellationToken))
        {
            await SeedCasesAsync(dsl.UserName!, cancellationToken);
        }
    }

    private async Task<bool> AnyCaseAsync(CancellationToken cancellationToken) =>
        (await queries.SearchAsync(new CaseSearch(Take: 1), cancellationToken)).Count > 0;

    private async Task SeedCasesAsync(string referrer, CancellationToken cancellationToken)
    {
        // At the front door, waiting for the MASH decision.
        await OpenAsync("Jay Smith", new DateOnly(2010, 9, 1), "Jay has new phones and is missing school; seen with older men.", new JsonObject { ["missingEpisodes"] = 2, ["persistentAbsence"] = true }, referrer, cancellationToken);
        await OpenAsync("Kai Brown", new DateOnly(2011, 2, 14), "Kai was found in another county with cash and two phones.", new JsonObject { ["foundOutOfArea"] = true, ["multiplePhones"] = true }, referrer, cancellationToken);

        // Past the front door: in exploitation screening.
        var screened = await OpenAsync("Leah Jones", new DateOnly(2009, 11, 30), "Leah disclosed being asked to carry packages for an older boy.", new JsonObject { ["disclosure"] = true }, referrer, cancellationToken);
        var decide = screened.Tasks.Single(t => t.IsActive);
        await cases.CompleteTaskAsync(new CompleteTaskCommand(screened.Id, decide.Id, "exploitation-screening",
            new JsonObject { ["decisionRationale"] = "Disclosure of drug running: screen for exploitation." }, "mash.childrens-social-care"), cancellationToken);

        // Closed at the front door.
        var closed = await OpenAsync("Mo Ali", new DateOnly(2012, 6, 3), "Mo was late home twice; family worried about new friends.", [], referrer, cancellationToken);
        await cases.CompleteTaskAsync(new CompleteTaskCommand(closed.Id, closed.Tasks.Single(t => t.IsActive).Id, "early-help",
            new JsonObject { ["decisionRationale"] = "No indicators of exploitation; Early Help offered." }, "mash.childrens-social-care"), cancellationToken);
        logger.LogInformation("Seeded demo cases.");
    }

    private async Task<CaseState> OpenAsync(string child, DateOnly born, string concern, JsonObject facts, string referrer, CancellationToken cancellationToken)
    {
        var result = await cases.OpenCaseAsync(new OpenCaseCommand("cce-referral", new ChildDetails(child, born),
            new ContactDetails("Priya Shah, designated safeguarding lead", "education", concern), facts, referrer), cancellationToken);
        return result.Succeeded ? result.Value! : throw new InvalidOperationException("Could not open a demo case: " + string.Join(" ", result.Errors.Select(e => e.Message)));
    }
}
