namespace WorkflowEngine.Core.Tasks;

/// <summary>One agency's sign-off of a task whose outcome needs several agencies to agree.</summary>
/// <param name="Agency">The agency signing off.</param>
/// <param name="By">Who signed off for it.</param>
/// <param name="At">When.</param>
public sealed record TaskSignOff(string Agency, string By, DateTimeOffset At);
