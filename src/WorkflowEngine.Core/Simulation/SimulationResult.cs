using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Simulation;

/// <summary>
/// Where a simulated case got to. When <see cref="Errors"/> is not empty the workflow or facts were
/// invalid and nothing ran. When a step could not apply, <see cref="Problem"/> says which and why,
/// and the rest describes the case as it was before that step.
/// </summary>
/// <param name="Errors">Problems with the input (the validator's errors, or facts not in the catalogue); nothing ran.</param>
/// <param name="Path">Every stage entered, in order.</param>
/// <param name="OpenTasks">Tasks still to be done.</param>
/// <param name="Timers">Timer transitions of the current stage waiting to fire.</param>
/// <param name="ManualTransitions">Manual transitions the current stage offers (none once closed).</param>
/// <param name="Status">Open or closed.</param>
/// <param name="Problem">Why a step could not apply, naming the step; null when every step applied.</param>
/// <param name="ProblemStep">The zero-based index of the step that could not apply; null when opening failed or nothing did.</param>
/// <param name="Log">What happened, one line per journal entry, in order.</param>
public sealed record SimulationResult(
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<SimulatedStageVisit> Path,
    IReadOnlyList<SimulatedTask> OpenTasks,
    IReadOnlyList<SimulatedTimer> Timers,
    IReadOnlyList<SimulatedTransition> ManualTransitions,
    CaseStatus Status,
    string? Problem,
    int? ProblemStep,
    IReadOnlyList<string> Log)
{
    /// <summary>Whether the input was valid (the simulation ran).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The result for input that could not be simulated.</summary>
    public static SimulationResult Invalid(IReadOnlyList<ValidationError> errors) => new(errors, [], [], [], [], CaseStatus.Open, null, null, []);
}
