namespace WorkflowEngine.Web.Identity;

/// <summary>
/// A row of the SignInFailures table: failed sign-ins of one client address or one name typed, in
/// one fixed window. In the database, so every node counts the same failures.
/// </summary>
internal sealed class SignInFailureCount
{
    /// <summary><c>client:{address}</c> or <c>account:{NAME}</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The window's number: UTC ticks divided by the window's length.</summary>
    public long Window { get; set; }

    public int Failures { get; set; }
}
