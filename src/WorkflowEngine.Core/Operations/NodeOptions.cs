namespace WorkflowEngine.Core.Operations;

/// <summary>This node's identity and how often it reports. Bound from the <c>Node</c> configuration section.</summary>
public sealed class NodeOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Node";

    /// <summary>The node's name in logs, traces, health checks and the admin health page; the machine's name and the process id unless set.</summary>
    public string Name { get; set; } = DefaultName();

    /// <summary>How often the node reads the store's figures and reports its heartbeat.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The machine's name and this process's id, e.g. <c>web-2-4711</c>.</summary>
    public static string DefaultName() => $"{Environment.MachineName}-{Environment.ProcessId}";
}
