using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Simulation;

/// <summary>What to simulate: a workflow (typically an unpublished draft), the contact's facts, and the steps to replay.</summary>
/// <param name="Workflow">The workflow definition's JSON, in the format of the files in <c>workflows/</c>.</param>
/// <param name="Facts">The contact's indicator facts (catalogue keys only), e.g. <c>{"urgent": false, "missingEpisodes": 3}</c>.</param>
/// <param name="Steps">What happens after the case opens, in order.</param>
public sealed record SimulationRequest(string Workflow, JsonObject Facts, IReadOnlyList<SimulationStep> Steps);
