using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A rule set that cannot decide because of a case fact's value is the input's fault, not the
/// server's: the command is refused as invalid, naming the fact, and nothing is saved. A rule set
/// with no published version is refused as unavailable, naming it: never a bare server error.
/// </summary>
internal static class RuleInputFaults
{
    /// <summary>Runs the command body; a fault caused by a fact becomes an invalid result.</summary>
    public static async Task<CommandResult<CaseState>> CatchAsync(Func<Task<CommandResult<CaseState>>> body)
    {
        try
        {
            return await body();
        }
        catch (RuleSetFaultException fault) when (fault.Fact is not null || fault.NotPublished)
        {
            return Refused(fault);
        }
    }

    /// <summary>Runs a step; a fault caused by a fact becomes an invalid result, otherwise null.</summary>
    public static async Task<CommandResult<CaseState>?> CatchAsync(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (RuleSetFaultException fault) when (fault.Fact is not null || fault.NotPublished)
        {
            return Refused(fault);
        }
    }

    private static CommandResult<CaseState> Refused(RuleSetFaultException fault) => fault.NotPublished
        ? NotPublished("rule set", fault.RuleSet, "$.ruleSets." + fault.RuleSet)
        : CommandResult<CaseState>.Failure(CommandStatus.Invalid, "facts.unusable", $"$.facts.{fault.Fact}", fault.Message);

    /// <summary>The refusal of a command that needs a workflow or rule set with no published version: nothing was saved.</summary>
    public static CommandResult<CaseState> NotPublished(string what, string key, string path) =>
        CommandResult<CaseState>.Failure(CommandStatus.Unavailable, "definition.not-published", path,
            $"The {what} '{key}' has no published version, so nothing was saved. A safeguarding lead must publish a version of it in the library (Workflows and rules).");
}
