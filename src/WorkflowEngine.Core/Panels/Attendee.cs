namespace WorkflowEngine.Core.Panels;

/// <summary>Someone recorded at a sitting: present for their agency, or sending apologies.</summary>
/// <param name="Id">The entry.</param>
/// <param name="Agency">Their agency's key.</param>
/// <param name="Name">Their name and role, as the minutes give it.</param>
/// <param name="Apologies">True when they sent apologies instead of attending.</param>
public sealed record Attendee(Guid Id, string Agency, string Name, bool Apologies);
