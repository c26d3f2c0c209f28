namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>The confirmation after a concern is raised.</summary>
public sealed record RaisedPage(Guid CaseId, string ChildName, string Reference, bool CanSeeCase);
