namespace WorkflowEngine.Web.Api.Panels;

/// <summary>An action agreed.</summary>
public sealed record ActionResponse(string Agency, string Text, DateOnly DueOn, string RecordedBy);
