using Microsoft.AspNetCore.Identity;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Password sign-in for the pages and the token endpoint, built so that it tells nobody which
/// accounts exist and one client cannot lock anyone out.
/// <list type="bullet">
/// <item>Unknown names, wrong passwords and paused or locked accounts get one answer, and each costs
/// one password hash, so neither the words nor the time tell them apart.</item>
/// <item>Failures are counted per client address: after <see cref="ClientFailures"/> in
/// <see cref="Window"/> the client is answered 429 without anything being checked.</item>
/// <item>Failures are also counted per name typed (existing or not): after <see cref="AccountFailures"/>
/// in the window the name is paused (always refused) until the window ends. That is four times what
/// one client may try, so only several addresses together can pause an account, and only for the
/// window's length. Identity's own lockout, which one client could renew forever, is not used.</item>
/// </list>
/// The counts are in the database (<see cref="SignInFailureCounts"/>), so every node of a scale-out
/// counts the same failures: a guesser gains nothing by being spread over the nodes.
/// </summary>
public sealed class SignInGuard
{
    /// <summary>Failed attempts one client address may make in a window before it is answered 429.</summary>
    public const int ClientFailures = 5;

    /// <summary>Failed attempts for one name, from anywhere, in a window before the name is paused.</summary>
    public const int AccountFailures = 20;

    /// <summary>How long failures are counted for (a fixed window).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly SignInFailureCounts _counts;
    private readonly TimeProvider _time;
    private string? _decoyHash;

    internal SignInGuard(SignInFailureCounts counts, TimeProvider time)
    {
        _counts = counts;
        _time = time;
    }

    /// <summary>Checks the name and password and, when they are right, signs in with the sign-in manager's scheme.</summary>
    public async Task<SignInOutcome> SignInAsync(SignInManager<EngineUser> signIn, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(userName);
        var client = "client:" + (signIn.Context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var account = "account:" + userName.Trim().ToUpperInvariant();
        if (account.Length > 300)
        {
            account = account[..300];
        }

        var window = _time.GetUtcNow().UtcTicks / Window.Ticks;
        var counted = await _counts.ReadAsync(window, [client, account]);
        if (counted[client] >= ClientFailures)
        {
            return SignInOutcome.TooManyAttempts;
        }

        var accountOpen = counted[account] < AccountFailures;
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is not null && accountOpen && !await signIn.UserManager.IsLockedOutAsync(user)
            && (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false)).Succeeded)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return SignInOutcome.SignedIn;
        }

        if (user is null || !accountOpen || await signIn.UserManager.IsLockedOutAsync(user))
        {
            // The same work as checking a real password, so the time does not tell these apart.
            var hasher = signIn.UserManager.PasswordHasher;
            _decoyHash ??= hasher.HashPassword(new EngineUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new EngineUser(), _decoyHash, password);
        }

        await _counts.AddAsync(window, [client, account]);
        return SignInOutcome.Refused;
    }
}
