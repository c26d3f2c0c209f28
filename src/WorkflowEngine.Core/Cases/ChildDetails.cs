namespace WorkflowEngine.Core.Cases;

/// <summary>The child a concern is about.</summary>
/// <param name="Name">The child's name.</param>
/// <param name="DateOfBirth">Date of birth, if known.</param>
/// <param name="Reference">A local identifier (e.g. the council's person ID), if known.</param>
public sealed record ChildDetails(string Name, DateOnly? DateOfBirth = null, string? Reference = null);
