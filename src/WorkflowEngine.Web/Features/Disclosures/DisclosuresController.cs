using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Persistence.Disclosures;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Disclosures;

/// <summary>
/// The disclosure log for admins: every time someone was shown a case's details, newest first,
/// searched by case reference and by person (user name or part of their name), a page at a time,
/// the search kept in the query string. It names cases by reference only, so reading it discloses
/// no child's details.
/// </summary>
[AdminOnly]
public sealed class DisclosuresController(DisclosureLog log, UserManager<EngineUser> users, CalendarCatalogue calendars) : PageController
{
    /// <summary>The longest search text taken, stated in the hints.</summary>
    public const int MaxSearch = SearchLimit.Length;

    private const int PageSize = 25;

    /// <summary>The search form and a page of what it finds.</summary>
    [HttpGet("/admin/disclosures")]
    public async Task<IActionResult> Index([FromQuery(Name = "case")] string? caseReference, string? person, int page = 1, CancellationToken cancellationToken = default)
    {
        caseReference = string.IsNullOrWhiteSpace(caseReference) ? null : caseReference.Trim();
        person = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        if (caseReference is { Length: > MaxSearch })
        {
            ModelState.AddModelError("case", $"The case reference must be {MaxSearch} characters or fewer");
        }
        else if (caseReference is not null && !DisclosureLog.IsReference(caseReference))
        {
            ModelState.AddModelError("case", "Enter a case reference like CASE-1A2B3C4D");
        }

        if (person is { Length: > MaxSearch })
        {
            ModelState.AddModelError("person", $"The person must be {MaxSearch} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new DisclosuresView(caseReference, person, null, []));
        }

        var people = person is null ? null : await MatchingPeopleAsync(person, cancellationToken);
        var found = await log.SearchAsync(new DisclosureSearch(caseReference, people?.Keys.ToList(), page, PageSize), cancellationToken);
        var names = people ?? await NamesAsync(found.Entries.Select(e => e.Actor), cancellationToken);
        var calendar = new PageCalendar(calendars).For();
        var lines = found.Entries.Select(e => new DisclosureLine(DueWords.When(e.OccurredAt, calendar), names.GetValueOrDefault(e.Actor, e.Actor), e.Actor,
            CaseReference.Of(e.CaseId), $"/cases/{e.CaseId}", e.Purpose ?? "Viewed the case")).ToList();
        return View("Index", new DisclosuresView(caseReference, person, found, lines));
    }

    // A person is found by user name, or by any part of their name; display names are what admins know people by.
    // ToLower on both sides becomes SQL lower() on SQLite and PostgreSQL alike; the comparison overload has no translation.
#pragma warning disable CA1862
    private async Task<Dictionary<string, string>> MatchingPeopleAsync(string person, CancellationToken cancellationToken) =>
        (await users.Users.AsNoTracking().Where(u => u.UserName != null && (u.UserName == person || u.DisplayName.ToLower().Contains(person.ToLower())))
            .Select(u => new { u.UserName, u.DisplayName }).Take(200).ToListAsync(cancellationToken))
        .ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);
#pragma warning restore CA1862

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.Distinct(StringComparer.Ordinal).ToList();
        return (await users.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName))
                .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);
    }
}
