namespace WorkflowEngine.Web.Hosting;

/// <summary>The demo: users for every role and agency, and a few cases. Bound from the <c>Demo</c> section.</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Demo";

    /// <summary>Seed demo users and cases into an empty database.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The demo runs only in the Development environment unless this is also set: demo accounts
    /// share a published password and must never reach a live partnership by accident.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }

    /// <summary>The password of every demo account (printed in the README).</summary>
    public string Password { get; set; } = "Demo-password-2026";
}
