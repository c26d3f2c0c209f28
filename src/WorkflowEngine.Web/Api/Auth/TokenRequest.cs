namespace WorkflowEngine.Web.Api.Auth;

/// <summary>A local account's credentials, exchanged for a bearer token.</summary>
/// <param name="UserName">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record TokenRequest([TextLimit(TextLimits.Key)] string? UserName, [TextLimit(TextLimits.Password)] string? Password);
