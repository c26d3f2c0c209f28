using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.People;

/// <summary>The roles' names as people read them.</summary>
public static class RoleWords
{
    /// <summary>The role's name, e.g. "Safeguarding lead" for <c>lead</c>.</summary>
    public static string Name(string role) => role switch
    {
        AppRoles.Practitioner => "Practitioner",
        AppRoles.Manager => "Manager",
        AppRoles.Lead => "Safeguarding lead",
        AppRoles.Admin => "Admin",
        _ => role,
    };
}
