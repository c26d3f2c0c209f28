using WorkflowEngine.Core.CaseNotes;

namespace WorkflowEngine.Web.Api.CaseRecords;

/// <summary>A case note.</summary>
/// <param name="Sequence">The journal entry that holds it.</param>
/// <param name="Kind">What it records: <c>note</c>, <c>phone-call</c>, <c>meeting</c> or <c>visit</c>.</param>
/// <param name="OccurredOn">The day it happened.</param>
/// <param name="Text">What was said or done.</param>
/// <param name="RecordedBy">Who recorded it (user name).</param>
/// <param name="Agency">The agency they recorded it for.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record NoteResponse(long Sequence, string Kind, DateOnly OccurredOn, string Text, string RecordedBy, string Agency, DateTimeOffset RecordedAt)
{
    internal static NoteResponse From(CaseNote n) => new(n.Sequence, n.Kind, n.OccurredOn, n.Text, n.RecordedBy, n.Agency, n.RecordedAt);
}
