namespace WorkflowEngine.Web.Tests.Access;

/// <summary>
/// One row of the access matrix: an operation, who may call it (and the statuses they get: the
/// body sent is wrong on purpose where the call would change the seed, so "allowed" often means
/// the 400 that follows the access check), and what everyone else gets.
/// </summary>
/// <param name="Method">The HTTP method, as in the OpenAPI document.</param>
/// <param name="Template">The path template, as in the OpenAPI document.</param>
/// <param name="May">Whether a caller may call it on the seed.</param>
/// <param name="Allowed">The statuses a caller who may gets.</param>
/// <param name="Refused">The status a caller who may not gets (403 or 404).</param>
/// <param name="Path">The concrete path on the seed.</param>
/// <param name="Body">The JSON body sent with a POST.</param>
public sealed record AccessRule(string Method, string Template, Func<MatrixCaller, MatrixSeed, bool> May, int[] Allowed, int Refused, Func<MatrixSeed, string> Path, object? Body = null)
{
    /// <summary>Anonymous operations (the token endpoint): listed so the matrix covers them, called by every sign-in.</summary>
    public bool IsPublic { get; init; }

    public string Operation => $"{Method.ToUpperInvariant()} {Template}";
}
