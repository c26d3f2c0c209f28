namespace WorkflowEngine.Web.Features.Cases;

/// <summary>A case note as the case page lists it.</summary>
/// <param name="Kind">What it records, in words: Note, Phone call, Meeting, Visit.</param>
/// <param name="OccurredOn">The day it happened, in words.</param>
/// <param name="Text">What happened.</param>
/// <param name="By">Who recorded it, by display name.</param>
/// <param name="Agency">The agency they recorded it for.</param>
/// <param name="RecordedAt">When it was recorded, in words.</param>
public sealed record NoteLine(string Kind, string OccurredOn, string Text, string By, string Agency, string RecordedAt);
