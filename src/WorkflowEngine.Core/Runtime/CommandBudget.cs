namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Counts the stage entries one command causes (across linked tracks), so a definition whose
/// automatic stages or linked starts loop forever faults instead of hanging.
/// </summary>
internal sealed class CommandBudget
{
    public const int MaxStageEntries = 64;

    private int _stageEntries;

    public void SpendStageEntry(string workflowKey, string stageKey)
    {
        if (++_stageEntries > MaxStageEntries)
        {
            throw new WorkflowFaultException(
                $"Workflow '{workflowKey}' moved through more than {MaxStageEntries} stages in one step (last '{stageKey}'). Its automatic stages form a loop; correct the definition.");
        }
    }
}
