using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>Completes a task.</summary>
/// <param name="Outcome">One of the task's outcome keys, e.g. <c>exploitation-screening</c>.</param>
/// <param name="Data">Answers keyed by form field.</param>
/// <param name="ExpectedVersion">The task version the caller saw; a different stored version is a 409 conflict.</param>
/// <param name="AcknowledgedWarnings">Keys of chosen list entries (e.g. disruption measures) whose advisory conditions the caller has checked; journalled.</param>
public sealed record CompleteTaskRequest([TextLimit(TextLimits.Key)] string? Outcome, JsonObject? Data, [AtLeastOne] long? ExpectedVersion,
    IReadOnlyList<string>? AcknowledgedWarnings = null);
