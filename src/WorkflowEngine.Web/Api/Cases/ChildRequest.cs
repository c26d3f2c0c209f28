namespace WorkflowEngine.Web.Api.Cases;

/// <summary>The child a concern is about.</summary>
/// <param name="Name">The child's name.</param>
/// <param name="DateOfBirth">Date of birth, if known.</param>
/// <param name="Reference">A local identifier, if known.</param>
public sealed record ChildRequest([TextLimit(TextLimits.ChildName)] string? Name, DateOnly? DateOfBirth, [TextLimit(TextLimits.LocalReference)] string? Reference);
