using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>The task page: the case in brief, the task's form and outcomes, and what the viewer may do.</summary>
public sealed record TaskPageView
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The child's name.</summary>
    public required string ChildName { get; init; }

    /// <summary>The child's date of birth in words, if known.</summary>
    public string? ChildBorn { get; init; }

    /// <summary>The case's current stage name.</summary>
    public required string StageName { get; init; }

    /// <summary>The task.</summary>
    public required CaseTask Task { get; init; }

    /// <summary>Its definition.</summary>
    public required TaskDefinition Definition { get; init; }

    /// <summary>The owning agency's name.</summary>
    public required string AgencyName { get; init; }

    /// <summary>When it is due, in words.</summary>
    public required string Due { get; init; }

    /// <summary>When it is due, as a date and time.</summary>
    public required string DueAt { get; init; }

    /// <summary>The form's fields with their answers.</summary>
    public required IReadOnlyList<FieldView> Fields { get; init; }

    /// <summary>The outcome chosen (posted, or recorded).</summary>
    public string? Outcome { get; init; }

    /// <summary>Whether the viewer may claim, release and complete it.</summary>
    public bool CanWork { get; init; }

    /// <summary>Whether the viewer is the manager or lead who may reassign, extend and escalate it.</summary>
    public bool CanManage { get; init; }

    /// <summary>The viewer's user name.</summary>
    public required string Me { get; init; }

    /// <summary>Agencies to reassign to.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>Reasons for an extension.</summary>
    public IReadOnlyList<ReferenceItem> ExtensionReasons { get; init; } = [];

    /// <summary>The manager forms' posted values, by field id, shown again after an error.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>();

    /// <summary>A message shown above the form (e.g. someone else completed it).</summary>
    public string? Conflict { get; init; }

    /// <summary>Whether to ask the worker to confirm taking over a task a colleague holds.</summary>
    public bool ConfirmTakeOver { get; init; }

    /// <summary>The name of whoever holds the task, if anyone.</summary>
    public string? HeldByName { get; init; }

    /// <summary>The owning agency's people, to reassign to.</summary>
    public IReadOnlyList<Identity.Person> People { get; init; } = [];

    /// <summary>The referral in words: who raised it, the concern, the facts known.</summary>
    public IReadOnlyList<(string Key, string Value)> Referral { get; init; } = [];

    /// <summary>Decisions already made on the case: task, outcome, who (user name; the page shows their name) and when.</summary>
    public IReadOnlyList<(string Task, string Outcome, string? By, string? When)> Decisions { get; init; } = [];

    /// <summary>Chosen entries whose advisory conditions the person must tick as checked (e.g. a court order measure).</summary>
    public IReadOnlyList<ChoiceOption> Warnings { get; init; } = [];

    /// <summary>The warnings the person ticked.</summary>
    public IReadOnlyList<string> Acknowledged { get; init; } = [];

    /// <summary>The agency that passed the task on, while it awaits acceptance; otherwise null.</summary>
    public string? HandoverFromName { get; init; }

    /// <summary>Whether the viewer is of the agency the task was passed to, and may accept or decline it.</summary>
    public bool CanAnswerHandover { get; init; }

    /// <summary>The agencies an outcome needs a sign-off from, each with who signed and when (null when not yet).</summary>
    public IReadOnlyList<SignOffRow> SignOffRows { get; init; } = [];

    /// <summary>The viewer's agency name when it still has to sign off; otherwise null.</summary>
    public string? SignOffAs { get; init; }

    /// <summary>A posted manager value, or empty.</summary>
    public string PostedValue(string key) => Posted.TryGetValue(key, out var value) ? value : string.Empty;
}
