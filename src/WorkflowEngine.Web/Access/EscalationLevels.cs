namespace WorkflowEngine.Web.Access;

/// <summary>The escalation ladder's levels and the roles they address, in words people use.</summary>
public static class EscalationLevels
{
    /// <summary>The top of the ladder: the partnership chair.</summary>
    public const int Top = 4;

    /// <summary>A ladder role in words: <c>safeguarding-lead</c> is "agency safeguarding lead".</summary>
    public static string RoleName(string role) => role switch
    {
        "team-manager" => "team manager",
        "agency-manager" => "agency manager",
        "safeguarding-lead" => "agency safeguarding lead",
        "partnership-chair" => "partnership chair",
        _ => role.Replace('-', ' '),
    };
}
