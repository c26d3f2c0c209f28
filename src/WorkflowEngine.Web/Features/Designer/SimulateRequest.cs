using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A simulation as the designer sends it: the workflow on the canvas, sample facts, and the steps.</summary>
/// <param name="Workflow">The workflow JSON (need not be saved).</param>
/// <param name="Facts">The contact's facts (catalogue keys), e.g. <c>{"urgent": false}</c>.</param>
/// <param name="Steps">What happens after the case opens, in order.</param>
public sealed record SimulateRequest(JsonElement? Workflow, JsonObject? Facts, IReadOnlyList<SimulateStepRequest?>? Steps)
{
    /// <summary>The engine's request, or every problem with this one.</summary>
    internal (SimulationRequest? Request, IReadOnlyList<ValidationError> Errors) ToSimulation()
    {
        var errors = new List<ValidationError>();
        if (Workflow is not { ValueKind: JsonValueKind.Object } workflow)
        {
            errors.Add(new("simulation.workflow-required", "$.workflow", "Send the workflow to simulate as a JSON object."));
        }

        var steps = new List<SimulationStep>();
        var sent = Steps ?? [];
        for (var index = 0; index < sent.Count; index++)
        {
            if (sent[index] is not { } step)
            {
                errors.Add(new("simulation.unknown-step", $"$.steps[{index}]", "Each step must be an object with a kind."));
            }
            else if (step.ToStep(index, errors) is { } converted)
            {
                steps.Add(converted);
            }
        }

        return errors.Count > 0 ? (null, errors) : (new SimulationRequest(Workflow!.Value.GetRawText(), Facts ?? [], steps), errors);
    }
}
