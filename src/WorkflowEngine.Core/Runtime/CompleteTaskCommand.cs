using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Runtime;

/// <summary>A practitioner completes a task with an outcome and the data its form asks for.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Outcome">One of the task's outcome keys.</param>
/// <param name="Data">Answers keyed by form field.</param>
/// <param name="Actor">Who completes it.</param>
/// <param name="ExpectedTaskVersion">The task version the person saw (an ETag); a different stored version is a conflict.</param>
public sealed record CompleteTaskCommand(Guid CaseId, Guid TaskId, string Outcome, JsonObject Data, string Actor, long? ExpectedTaskVersion = null)
{
    /// <summary>Who may do this, checked on the case as loaded for the command; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }

    /// <summary>
    /// The list entries (e.g. disruption measures) whose advisory warnings the person has read and
    /// acknowledged; each acknowledgement is journalled.
    /// </summary>
    public IReadOnlyList<string> Acknowledged { get; init; } = [];
}
