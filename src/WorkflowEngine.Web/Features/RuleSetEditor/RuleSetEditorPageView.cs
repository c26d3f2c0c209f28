namespace WorkflowEngine.Web.Features.RuleSetEditor;

/// <summary>The rule-set editor page: where the front end mounts, and what people without JavaScript see instead.</summary>
/// <param name="Key">The rule set's key.</param>
/// <param name="CanEdit">Whether the person may save, publish and retire (leads and admins).</param>
/// <param name="Version">The version shown to people without JavaScript.</param>
/// <param name="Json">That version's JSON.</param>
public sealed record RuleSetEditorPageView(string Key, bool CanEdit, int Version, string Json);
