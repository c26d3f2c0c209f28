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

    /// <summary>A fault because the rule set has no published version to decide with: a lead can mend it by publishing one.</summary>
    /// <param name="ruleSet">The rule set's key.</param>
    public static RuleSetFaultException NotPublishedFault(string ruleSet) =>
        new(ruleSet, null, $"The rule set '{ruleSet}' has no published version, so the engine cannot decide with it.") { NotPublished = true };

    /// <summary>Whether the fault is that the rule set has no published version.</summary>
    public bool NotPublished { get; private init; }

    /// <summary>The rule set's key.</summary>
    public string RuleSet { get; } = string.Empty;

    /// <summary>The rule at fault, if known.</summary>
    public string? Rule { get; }

    /// <summary>The case fact whose value caused the fault (input, not the rule set, is at fault), if so.</summary>
    public string? Fact { get; }
}
