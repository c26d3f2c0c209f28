namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>Whose tasks an inbox shows.</summary>
public enum InboxScope
{
    /// <summary>The caller's own (assigned to them).</summary>
    Me,

    /// <summary>The caller's team (their role in their agency).</summary>
    Team,

    /// <summary>The caller's whole agency.</summary>
    Agency,
}
