using RulesEngine.Models;

namespace WorkflowEngine.Core.Rules;

/// <summary>Builds Microsoft RulesEngine instances with the engine's safe settings.</summary>
internal static class RuleEngineFactory
{
    public static RulesEngine.RulesEngine Create(Workflow workflow) => new([workflow], new ReSettings
    {
        // Untrusted expressions: no input type is registered for static access, no custom types.
        AutoRegisterInputType = false,
        CustomTypes = [],
        EnableExceptionAsErrorMessage = true,
    });

    /// <summary>
    /// RulesEngine reports a failed rule's ErrorMessage in ExceptionMessage too; only a different
    /// message (or an action exception) is a real fault.
    /// </summary>
    public static bool Faulted(RuleResultTree result) =>
        (!string.IsNullOrEmpty(result.ExceptionMessage) && result.ExceptionMessage != result.Rule.ErrorMessage)
        || result.ActionResult?.Exception is not null;

    public static RuleParameter[] Parameters(object facts, object task) => [new(FactsName, facts), new(TaskName, task)];

    /// <summary>What expressions call the case facts.</summary>
    public const string FactsName = "facts";

    /// <summary>What expressions call the task being decided.</summary>
    public const string TaskName = "task";
}
