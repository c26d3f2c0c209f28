namespace WorkflowEngine.Web.Api.Panels;

/// <summary>Someone at a sitting.</summary>
public sealed record AttendeeResponse(string Agency, string Name, bool Apologies);
