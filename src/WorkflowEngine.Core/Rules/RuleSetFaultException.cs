namespace WorkflowEngine.Core.Rules;

/// <summary>
/// A rule set could not be used: it is not published, it fails the sandbox, or an expression
/// faulted while running. An infrastructure failure, never read as "no rule fired".
/// </summary>
public sealed class RuleSetFaultException : Exception
{
    /// <summary>Creates the fault.</summary>
    public RuleSetFaultException(string ruleSet, string? rule, string message)
        : base(message)
    {
        RuleSet = ruleSet;
        Rule = rule;
    }

    /// <summary>Creates a fault caused by a case fact the rules cannot read or decide on.</summary>
    public RuleSetFaultException(string ruleSet, string? rule, string message, string fact)
        : this(ruleSet, rule, message)
    {
        Fact = fact;
    }

    /// <summary>Creates the fault.</summary>
    public RuleSetFaultException()
        : this(string.Empty, null, "A rule set could not be used.")
    {
    }

    /// <summary>Creates the fault.</summary>
    public RuleSetFaultException(string message)
        : this(string.Empty, null, message)
    {
    }

    /// <summary>Creates the fault.</summary>
    public RuleSetFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleSet = string.Empty;
    }

    /// <summary>The rule set's key.</summary>
    public string RuleSet { get; } = string.Empty;

    /// <summary>The rule at fault, if known.</summary>
    public string? Rule { get; }

    /// <summary>The case fact whose value caused the fault (input, not the rule set, is at fault), if so.</summary>
    public string? Fact { get; }
}
