using Engine = WorkflowEngine.Core.Validation.TextLimits;

namespace WorkflowEngine.Web.Api;

/// <summary>
/// The longest text each request field takes, stated in the API document and enforced before the
/// engine sees the request. The engine's own limits (Core's <see cref="Engine"/>) are the source;
/// only what the engine never stores (keys, passwords) is set here.
/// </summary>
public static class TextLimits
{
    /// <summary>A child's name.</summary>
    public const int ChildName = Engine.ChildName;

    /// <summary>A local reference for a child (a school or NHS number).</summary>
    public const int LocalReference = Engine.LocalReference;

    /// <summary>The name and role of the person raising a concern.</summary>
    public const int Referrer = Engine.Referrer;

    /// <summary>What was seen or heard.</summary>
    public const int Concern = Engine.Concern;

    /// <summary>A reason or note recorded on a case, task or escalation.</summary>
    public const int Reason = Engine.Reason;

    /// <summary>A case note.</summary>
    public const int CaseNote = Engine.CaseNote;

    /// <summary>A rule expression.</summary>
    public const int RuleExpression = Core.Rules.ExpressionLimits.MaxLength;

    /// <summary>A key (workflow, stage, task, outcome, transition, agency, role, list item) or a person's user name.</summary>
    public const int Key = 200;

    /// <summary>A password.</summary>
    public const int Password = 200;
}
