using WorkflowEngine.Core.Simulation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>Where the simulated case got to; with <see cref="Problem"/> set, as it was before the step that could not apply.</summary>
/// <param name="Path">Every stage entered, in order.</param>
/// <param name="OpenTasks">Tasks still to do, with owners and due times.</param>
/// <param name="Timers">Timer transitions waiting to fire.</param>
/// <param name="ManualTransitions">Manual transitions the current stage offers.</param>
/// <param name="Status"><c>Open</c> or <c>Closed</c>.</param>
/// <param name="Problem">Which step could not apply and why; null when all applied.</param>
/// <param name="ProblemStep">That step's zero-based index in <c>steps</c>; null when there is no problem or opening failed.</param>
/// <param name="Log">What happened, one line per journal entry.</param>
public sealed record SimulationResponse(
    IReadOnlyList<SimulatedStageResponse> Path,
    IReadOnlyList<SimulatedTaskResponse> OpenTasks,
    IReadOnlyList<SimulatedTimerResponse> Timers,
    IReadOnlyList<ManualTransitionResponse> ManualTransitions,
    string Status,
    string? Problem,
    int? ProblemStep,
    IReadOnlyList<string> Log)
{
    internal static SimulationResponse From(SimulationResult r) => new(
        [.. r.Path.Select(SimulatedStageResponse.From)],
        [.. r.OpenTasks.Select(SimulatedTaskResponse.From)],
        [.. r.Timers.Select(t => new SimulatedTimerResponse(t.Transition, t.DueAt))],
        [.. r.ManualTransitions.Select(t => new ManualTransitionResponse(t.Key, t.To))],
        r.Status.ToString(),
        r.Problem,
        r.ProblemStep,
        r.Log);
}
