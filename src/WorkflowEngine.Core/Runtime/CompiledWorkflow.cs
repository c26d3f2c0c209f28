using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>A published workflow version, indexed for the runtime and compiled into its stage machine.</summary>
internal sealed class CompiledWorkflow
{
    public CompiledWorkflow(WorkflowDefinition definition, int version)
    {
        Definition = definition;
        Version = version;
        Stages = definition.Stages.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Tasks = definition.Stages.SelectMany(s => s.Tasks).ToDictionary(t => t.Key, StringComparer.Ordinal);
        Machine = new StageMachine(definition);
    }

    public WorkflowDefinition Definition { get; }

    public int Version { get; }

    public string Key => Definition.Key;

    public IReadOnlyDictionary<string, StageDefinition> Stages { get; }

    public IReadOnlyDictionary<string, TaskDefinition> Tasks { get; }

    public StageMachine Machine { get; }
}
