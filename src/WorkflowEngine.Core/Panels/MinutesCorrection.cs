namespace WorkflowEngine.Core.Panels;

/// <summary>A correction to confirmed minutes: a new entry beside them, never an edit of them.</summary>
/// <param name="Id">The correction.</param>
/// <param name="CaseId">The case it corrects, or null for the sitting as a whole.</param>
/// <param name="Text">What is corrected.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record MinutesCorrection(Guid Id, Guid? CaseId, string Text, string By, DateTimeOffset At);
