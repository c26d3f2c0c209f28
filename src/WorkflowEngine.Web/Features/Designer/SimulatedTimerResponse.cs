namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A timer transition waiting to fire.</summary>
/// <param name="Transition">Its key.</param>
/// <param name="DueAt">When it falls due (simulated time).</param>
public sealed record SimulatedTimerResponse(string Transition, DateTimeOffset DueAt);
