using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Definitions;

public class SampleWorkflowTests
{
    [Fact]
    public void The_sample_workflow_reads_without_errors()
    {
        var result = WorkflowDefinitionReader.Read(SampleWorkflow.Json);

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        Assert.Equal("cce-referral", result.Definition!.Key);
        Assert.Equal(7, result.Definition.Stages.Count);
    }

    [Fact]
    public void The_sample_workflow_passes_every_check()
    {
        var errors = WorkflowDefinitionValidator.Validate(SampleWorkflow.Definition(), SampleWorkflow.Context);

        Assert.Empty(errors);
    }
}
