namespace WorkflowEngine.Web.Identity;

/// <summary>Claims the app adds to a signed-in person beyond their name and roles.</summary>
public static class EngineClaims
{
    /// <summary>The person's agency key.</summary>
    public const string Agency = "agency";

    /// <summary>The person's team (a role of their agency).</summary>
    public const string Team = "team";

    /// <summary>The person's display name.</summary>
    public const string DisplayName = "display_name";
}
