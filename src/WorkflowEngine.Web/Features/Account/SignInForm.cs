namespace WorkflowEngine.Web.Features.Account;

/// <summary>What the sign-in page posts.</summary>
public sealed class SignInForm
{
    /// <summary>The user name.</summary>
    public string? UserName { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (a local path only).</summary>
    public string? ReturnUrl { get; set; }
}
