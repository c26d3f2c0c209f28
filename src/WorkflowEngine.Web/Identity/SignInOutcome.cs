namespace WorkflowEngine.Web.Identity;

/// <summary>How a sign-in attempt ended, as far as the person may be told.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    SignedIn,

    /// <summary>Not signed in: an unknown name, a wrong password and a paused or locked account all look the same.</summary>
    Refused,

    /// <summary>Too many failed attempts from this client lately: answered 429 without checking anything.</summary>
    TooManyAttempts,
}
