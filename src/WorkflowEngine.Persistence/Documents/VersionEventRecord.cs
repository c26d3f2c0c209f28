using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>A row of the VersionHistory table: one publish or retire, who did it, when and why.</summary>
internal sealed class VersionEventRecord
{
    public long Id { get; set; }

    public DocumentKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;

    public int Version { get; set; }

    public VersionAction Action { get; set; }

    public string Actor { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }
}
