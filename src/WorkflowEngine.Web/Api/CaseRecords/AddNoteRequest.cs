namespace WorkflowEngine.Web.Api.CaseRecords;

/// <summary>A case note to record.</summary>
/// <param name="Kind"><c>note</c>, <c>phone-call</c>, <c>meeting</c> or <c>visit</c>.</param>
/// <param name="OccurredOn">The day it happened (<c>2026-12-03</c>), today or earlier on the case's calendar.</param>
/// <param name="Text">What was said or done.</param>
public sealed record AddNoteRequest([TextLimit(TextLimits.Key)] string? Kind, DateOnly? OccurredOn, [TextLimit(TextLimits.CaseNote)] string? Text);
