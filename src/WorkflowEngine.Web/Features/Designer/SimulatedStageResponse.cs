using WorkflowEngine.Core.Simulation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A stage the simulated case entered.</summary>
/// <param name="Stage">The stage's key.</param>
/// <param name="StageName">Its name.</param>
/// <param name="At">When (simulated time).</param>
/// <param name="Via">What brought the case there: <c>start</c> or a transition's key.</param>
public sealed record SimulatedStageResponse(string Stage, string StageName, DateTimeOffset At, string Via)
{
    internal static SimulatedStageResponse From(SimulatedStageVisit v) => new(v.Stage, v.StageName, v.At, v.Via);
}
