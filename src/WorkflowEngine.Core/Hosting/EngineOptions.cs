namespace WorkflowEngine.Core.Hosting;

/// <summary>Where the engine finds its files. Bound from the <c>Engine</c> configuration section.</summary>
public sealed class EngineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Engine";

    /// <summary>The folder holding <c>workflows/</c>, <c>rules/</c> and <c>reference/</c>; relative paths below resolve against it.</summary>
    public string ContentRoot { get; set; } = ".";

    /// <summary>Workflow definitions published at start-up when changed.</summary>
    public string WorkflowsDirectory { get; set; } = "workflows";

    /// <summary>Rule sets published at start-up when changed.</summary>
    public string RulesDirectory { get; set; } = "rules";

    /// <summary>Agencies, lists, facts, calendars and panels.</summary>
    public string ReferenceDirectory { get; set; } = "reference";

    /// <summary>Whether start-up publishes changed files from the workflows and rules folders.</summary>
    public bool PublishFilesOnStartup { get; set; } = true;

    /// <summary>
    /// The workflow the "Raise a concern" page opens cases on: its last published version cannot
    /// be retired, since nobody could then raise a concern.
    /// </summary>
    public string FrontDoorWorkflow { get; set; } = "cce-referral";

    /// <summary>A folder resolved against <see cref="ContentRoot"/>.</summary>
    public string Resolve(string folder) => Path.GetFullPath(Path.Combine(ContentRoot, folder));
}
