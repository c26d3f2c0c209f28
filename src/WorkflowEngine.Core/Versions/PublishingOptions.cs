namespace WorkflowEngine.Core.Versions;

/// <summary>How versions are published. Bound from the <c>Publishing</c> configuration section.</summary>
public sealed class PublishingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Publishing";

    /// <summary>
    /// Four-eyes publishing: a lead submits a draft with a reason and another lead, neither its
    /// author nor its submitter, approves it before it is published. On unless configured off (the
    /// demo's Development settings turn it off). Files published at start-up are not subject to it.
    /// </summary>
    public bool RequireApproval { get; set; } = true;
}
