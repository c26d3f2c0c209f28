using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A rule set that cannot decide because of a case fact's value is the input's fault, not the
/// server's: the command is refused as invalid, naming the fact, and nothing is saved.
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
        catch (RuleSetFaultException fault) when (fault.Fact is not null)
        {
            return Invalid(fault);
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
        catch (RuleSetFaultException fault) when (fault.Fact is not null)
        {
            return Invalid(fault);
        }
    }

    private static CommandResult<CaseState> Invalid(RuleSetFaultException fault) =>
        CommandResult<CaseState>.Failure(CommandStatus.Invalid, "facts.unusable", $"$.facts.{fault.Fact}", fault.Message);
}
