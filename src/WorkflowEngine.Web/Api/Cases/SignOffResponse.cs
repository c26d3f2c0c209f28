namespace WorkflowEngine.Web.Api.Cases;

/// <summary>One agency's sign-off of a task.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="By">Who signed off for it.</param>
/// <param name="At">When.</param>
public sealed record SignOffResponse(string Agency, string By, DateTimeOffset At);
