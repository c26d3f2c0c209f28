namespace WorkflowEngine.Web.Identity;

/// <summary>Someone who signs in: their user name, the name people know them by, and their team.</summary>
/// <param name="UserName">The user name tasks are held under.</param>
/// <param name="DisplayName">Their name as people read it.</param>
/// <param name="Team">Their team (the role tasks are owned by), if any.</param>
public sealed record Person(string UserName, string DisplayName, string? Team);
