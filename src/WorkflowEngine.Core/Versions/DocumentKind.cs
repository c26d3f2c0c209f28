namespace WorkflowEngine.Core.Versions;

/// <summary>The kinds of versioned document the engine stores.</summary>
public enum DocumentKind
{
    /// <summary>A workflow definition (<c>workflows/*.json</c>).</summary>
    Workflow,

    /// <summary>A Microsoft RulesEngine rule set (<c>rules/*.json</c>).</summary>
    RuleSet,
}
