namespace WorkflowEngine.Web.Hosting;

/// <summary>Hooks for end-to-end tests, all off by default. Bound from the <c>TestHooks</c> section.</summary>
public sealed class TestHookOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "TestHooks";

    /// <summary>
    /// Runs the app on an <see cref="AdjustableClock"/> and maps <c>POST /test-hooks/clock</c>, so a
    /// test can move time forward. Refused outside Development.
    /// </summary>
    public bool Clock { get; set; }
}
