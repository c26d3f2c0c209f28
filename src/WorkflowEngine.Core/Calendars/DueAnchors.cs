using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Calendars;

/// <summary>The instants a due time may be counted from.</summary>
/// <param name="TaskCreated">When the task or timer was created (usually now).</param>
/// <param name="CaseOpened">When the contact that opened the case was received (for a track, when the event it follows up happened).</param>
/// <param name="StageEntered">When the case entered its current stage.</param>
/// <param name="Facts">The case's facts, for a due time counted from a date fact (e.g. the first day of an exclusion).</param>
public sealed record DueAnchors(DateTimeOffset TaskCreated, DateTimeOffset CaseOpened, DateTimeOffset StageEntered, JsonObject? Facts = null);
