namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// The tests that start real server processes run one after another, not side by side: four
/// servers starting at once on a small, shared CI machine can take longer than any sensible wait.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServerProcesses
{
    public const string Name = "Server processes";
}
