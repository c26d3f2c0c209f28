using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>A row of the Documents table: one version (or the draft) of a workflow or rule set.</summary>
internal sealed class DocumentRecord
{
    public long Id { get; set; }

    public DocumentKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;

    public int Version { get; set; }

    public DocumentStatus Status { get; set; }

    public string Content { get; set; } = string.Empty;

    public string ContentHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>A rule set's examples file, stored with the version; null when it has none.</summary>
    public string? Examples { get; set; }

    /// <summary>For a draft submitted for approval: who submitted it; null otherwise (the reason is in the version history).</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>When the draft was submitted; null when it was not.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }
}
