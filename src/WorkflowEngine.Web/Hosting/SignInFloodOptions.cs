using System.ComponentModel.DataAnnotations;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// The flood guard on sign-in, bound from the <c>SignIn</c> section: how many attempts, right or
/// wrong, one address may make a minute on one node. It only stops a client from spending the
/// server's password hashing; guessing is stopped by <see cref="Identity.SignInGuard"/>, which
/// counts failures in the database. It counts successes too, so it is set well above what an office
/// behind one address needs at nine in the morning.
/// </summary>
public sealed class SignInFloodOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "SignIn";

    /// <summary>Sign-in attempts one address may make a minute (default 60).</summary>
    [Range(1, 100_000, ErrorMessage = "SignIn:AttemptsPerMinutePerAddress must be between 1 and 100000.")]
    public int AttemptsPerMinutePerAddress { get; set; } = 60;
}
