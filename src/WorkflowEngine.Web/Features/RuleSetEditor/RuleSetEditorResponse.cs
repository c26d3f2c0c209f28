using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Designer;

namespace WorkflowEngine.Web.Features.RuleSetEditor;

/// <summary>Everything the rule-set editor needs to open a rule set.</summary>
/// <param name="Key">The rule set's key (its <c>WorkflowName</c>).</param>
/// <param name="CanEdit">Whether the person may save, publish and retire (leads and admins).</param>
/// <param name="Versions">Every version, newest first.</param>
/// <param name="Published">The latest published version, if any.</param>
/// <param name="Draft">The draft, if any.</param>
/// <param name="Usage">Where the published workflows use it, and where its decisions lead.</param>
/// <param name="BenchUrl">The page that runs the rule set's stored examples.</param>
/// <param name="ShadowUrl">The page that replays the journal's past decisions through the draft.</param>
public sealed record RuleSetEditorResponse(
    string Key,
    bool CanEdit,
    IReadOnlyList<DesignerVersionSummary> Versions,
    DesignerContent? Published,
    DesignerContent? Draft,
    IReadOnlyList<RuleSetUsage> Usage,
    string BenchUrl,
    string ShadowUrl);
