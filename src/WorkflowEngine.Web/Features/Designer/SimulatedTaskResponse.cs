using WorkflowEngine.Core.Simulation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A task open at the end of the simulation.</summary>
/// <param name="Key">The task's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Agency">The owning agency.</param>
/// <param name="Role">The owning role, if any.</param>
/// <param name="DueAt">When it falls due (simulated time).</param>
/// <param name="Outcomes">What it can be completed with.</param>
public sealed record SimulatedTaskResponse(string Key, string Title, string Agency, string? Role, DateTimeOffset DueAt, IReadOnlyList<OutcomeResponse> Outcomes)
{
    internal static SimulatedTaskResponse From(SimulatedTask t) =>
        new(t.Key, t.Title, t.Agency, t.Role, t.DueAt, [.. t.Outcomes.Select(o => new OutcomeResponse(o.Key, o.Label))]);
}
