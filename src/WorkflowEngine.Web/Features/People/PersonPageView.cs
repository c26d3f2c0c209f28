namespace WorkflowEngine.Web.Features.People;

/// <summary>One person's page: who they are and what the admin may change.</summary>
/// <param name="Person">The person.</param>
/// <param name="RolesToAdd">The roles they do not have yet.</param>
/// <param name="IsMe">True when the admin is looking at their own account.</param>
public sealed record PersonPageView(PersonLine Person, IReadOnlyList<string> RolesToAdd, bool IsMe);
