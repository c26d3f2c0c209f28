namespace WorkflowEngine.Web.Features.Designer;

/// <summary>Everything the designer needs to open a workflow: its versions, the published and draft content, and what it may refer to.</summary>
/// <param name="Key">The workflow's key.</param>
/// <param name="CanEdit">Whether the person may save, publish and retire.</param>
/// <param name="Versions">Every version, newest first.</param>
/// <param name="Published">The latest published version, if any.</param>
/// <param name="Draft">The draft, if any.</param>
/// <param name="RuleSets">Published rule sets.</param>
/// <param name="Agencies">Agencies and their roles.</param>
/// <param name="Calendars">Working-day calendar keys.</param>
/// <param name="Panels">Panel keys (for <c>beforeNextPanel</c> and <c>nextPanel</c>).</param>
/// <param name="Lists">Choice-list keys for form fields (<c>agencies</c> is built in).</param>
/// <param name="Limits">The text limits the validator enforces, stated beside each box.</param>
public sealed record DesignerWorkflowResponse(
    string Key,
    bool CanEdit,
    IReadOnlyList<DesignerVersionSummary> Versions,
    DesignerContent? Published,
    DesignerContent? Draft,
    IReadOnlyList<RuleSetOption> RuleSets,
    IReadOnlyList<AgencyOption> Agencies,
    IReadOnlyList<string> Calendars,
    IReadOnlyList<string> Panels,
    IReadOnlyList<string> Lists,
    DesignerTextLimits Limits);
