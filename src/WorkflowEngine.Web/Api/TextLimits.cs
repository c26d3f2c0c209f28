namespace WorkflowEngine.Web.Api;

/// <summary>
/// The longest text each request field takes, stated in the API document and enforced before the
/// engine sees the request (the engine holds the same limits for every other way in).
/// </summary>
public static class TextLimits
{
    /// <summary>A child's name.</summary>
    public const int ChildName = 200;

    /// <summary>A local reference for a child (a school or NHS number).</summary>
    public const int LocalReference = 50;

    /// <summary>The name and role of the person raising a concern.</summary>
    public const int Referrer = 200;

    /// <summary>What was seen or heard.</summary>
    public const int Concern = 10_000;

    /// <summary>A reason or note recorded on a case, task or escalation.</summary>
    public const int Reason = 2_000;

    /// <summary>A rule expression.</summary>
    public const int RuleExpression = 4_000;

    /// <summary>A key (workflow, stage, task, outcome, transition, agency, role, list item) or a person's user name.</summary>
    public const int Key = 200;

    /// <summary>A password.</summary>
    public const int Password = 200;
}
