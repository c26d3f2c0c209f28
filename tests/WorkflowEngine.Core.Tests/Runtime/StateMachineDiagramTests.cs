using System.Text.Json;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Runtime;

public sealed class StateMachineDiagramTests
{
    [Fact]
    public void The_task_lifecycle_exports_as_a_Mermaid_state_diagram()
    {
        var diagram = TaskLifecycle.ToMermaid();

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.Contains("Claimed --> Completed : Complete", diagram, StringComparison.Ordinal);
        Assert.Contains("Open --> Cancelled : Cancel", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiled_workflow_exports_its_stage_machine_as_Mermaid()
    {
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(RuntimeHarness.Fixture("test-referral"), EngineJson.Options)!;

        var diagram = new CompiledWorkflow(definition, 1).Machine.ToMermaid();

        Assert.Contains("screen --> closed : outcome:screen-referral:close", diagram, StringComparison.Ordinal);
        Assert.Contains("triage --> plan : decision:urgent", diagram, StringComparison.Ordinal);
    }
}
