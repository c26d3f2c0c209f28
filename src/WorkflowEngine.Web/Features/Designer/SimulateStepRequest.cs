using System.Text.Json.Nodes;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>One step of a simulation as the designer sends it.</summary>
/// <param name="Kind"><c>complete</c>, <c>timer</c> or <c>move</c>.</param>
/// <param name="Task">For <c>complete</c>: the task's key.</param>
/// <param name="Outcome">For <c>complete</c>: the outcome's key.</param>
/// <param name="Data">For <c>complete</c>: the form's answers.</param>
/// <param name="Transition">For <c>timer</c> and <c>move</c>: the transition's key.</param>
/// <param name="Agency">For <c>complete</c>, optional: which agency's task, when there is one per agency.</param>
public sealed record SimulateStepRequest(string? Kind, string? Task, string? Outcome, JsonObject? Data, string? Transition, string? Agency)
{
    internal SimulationStep? ToStep(int index, List<ValidationError> errors)
    {
        var path = $"$.steps[{index}]";
        string? Required(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new("simulation.step-incomplete", $"{path}.{field}", message));
            }

            return value;
        }

        switch (Kind)
        {
            case "complete":
                var task = Required(Task, "task", "Name the task to complete.");
                var outcome = Required(Outcome, "outcome", "Name the outcome to complete the task with.");
                return task is null || outcome is null ? null : new CompleteTaskStep(task, outcome, Data ?? [], Agency);
            case "timer":
                return Required(Transition, "transition", "Name the timer transition to fire.") is { } timer ? new FireTimerStep(timer) : null;
            case "move":
                return Required(Transition, "transition", "Name the manual transition to move along.") is { } move ? new MoveStep(move) : null;
            default:
                errors.Add(new("simulation.unknown-step", $"{path}.kind", $"'{Kind}' is not a kind of step: use complete, timer or move."));
                return null;
        }
    }
}
