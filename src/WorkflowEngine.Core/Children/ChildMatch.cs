namespace WorkflowEngine.Core.Children;

/// <summary>A child record a contact was matched to.</summary>
/// <param name="Record">The record.</param>
/// <param name="MatchedBy"><see cref="ChildMatching.ByReference"/> or <see cref="ChildMatching.ByNameAndDateOfBirth"/>.</param>
public sealed record ChildMatch(ChildRecord Record, string MatchedBy);
