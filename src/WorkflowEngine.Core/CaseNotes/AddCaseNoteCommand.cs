using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.CaseNotes;

/// <summary>Records a case note: a note, phone call, meeting or visit, on the day it happened.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">One of <see cref="CaseNoteKinds.All"/>, e.g. <c>phone-call</c>.</param>
/// <param name="OccurredOn">The day it happened, on the case's calendar; not in the future.</param>
/// <param name="Text">What happened, up to <see cref="Validation.TextLimits.CaseNote"/> characters.</param>
/// <param name="Actor">Who records it (their user name).</param>
/// <param name="ActorAgency">The agency they record it for, shown beside the note.</param>
/// <param name="Access">Who may act on the case; everyone when null.</param>
public sealed record AddCaseNoteCommand(Guid CaseId, string Kind, DateOnly? OccurredOn, string Text, string Actor, string ActorAgency, CaseAccessCheck? Access = null);
