using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Demo;

/// <summary>
/// One demo account per role and agency, named <c>{role}.{agency}</c> (e.g. <c>practitioner.police</c>),
/// plus the MASH social worker, a school's designated safeguarding lead, the MACE coordinator and chair,
/// the partnership chair and an admin. The README lists them.
/// </summary>
internal static class DemoUsers
{
    public static IReadOnlyList<DemoUser> All(IEnumerable<string> agencies)
    {
        var users = new List<DemoUser>
        {
            new("mash.childrens-social-care", "Sam Okafor (MASH social worker)", "childrens-social-care", "mash", [AppRoles.Practitioner]),
            new("dsl.education", "Priya Shah (school designated safeguarding lead)", "education", "designated-safeguarding-lead", [AppRoles.Practitioner]),
            new("chair.partnership", "Helen Ward (partnership chair)", "partnership", "partnership-chair", [AppRoles.Lead]),
            new("coordinator.childrens-social-care", "Jo Bell (MACE coordinator)", "childrens-social-care", "mace-coordinator", [AppRoles.Practitioner]),
            new("chair.police", "DI Ravi Mistry (MACE chair)", "police", "mace-chair", [AppRoles.Manager]),
            new("admin.partnership", "Alex Morgan (system admin)", "partnership", null, [AppRoles.Admin]),
        };
        foreach (var agency in agencies.Where(a => a != "partnership"))
        {
            users.Add(new($"practitioner.{agency}", $"Practitioner ({agency})", agency, "practitioner", [AppRoles.Practitioner]));
            users.Add(new($"manager.{agency}", $"Team manager ({agency})", agency, "team-manager", [AppRoles.Manager]));
            users.Add(new($"lead.{agency}", $"Safeguarding lead ({agency})", agency, "safeguarding-lead", [AppRoles.Lead]));
        }

        return users;
    }
}

/// <summary>A demo account.</summary>
internal sealed record DemoUser(string UserName, string DisplayName, string Agency, string? Team, IReadOnlyList<string> Roles);
