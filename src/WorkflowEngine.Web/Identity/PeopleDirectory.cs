using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// The partnership's people as the pages need them: display names for user names, and an agency's
/// people and teams to choose from when a task is reassigned (so nobody types a user name that
/// does not exist).
/// </summary>
public sealed class PeopleDirectory(UserManager<EngineUser> users)
{
    /// <summary>Display names by user name, for the user names given that exist.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var found = await users.Users.Where(u => u.UserName != null && wanted.Contains(u.UserName))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.UserName!, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName, StringComparer.Ordinal);
    }

    /// <summary>The agency's people (user name, display name and team), by display name.</summary>
    public async Task<IReadOnlyList<Person>> InAgencyAsync(string agency, CancellationToken cancellationToken)
    {
        var found = await users.Users.Where(u => u.Agency == agency && u.UserName != null)
            .Select(u => new { u.UserName, u.DisplayName, u.Team }).ToListAsync(cancellationToken);
        return [.. found
            .Select(u => new Person(u.UserName!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName, u.Team))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)];
    }

    /// <summary>The agency's teams (roles a task may be given to): those its people belong to.</summary>
    public async Task<IReadOnlyList<string>> TeamsOfAsync(string agency, CancellationToken cancellationToken) =>
        [.. (await InAgencyAsync(agency, cancellationToken)).Select(p => p.Team).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
