using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>The raise-a-concern page: the form as posted, the referrer's agency and the indicator groups.</summary>
/// <param name="Form">What was typed.</param>
/// <param name="AgencyName">The referrer's agency.</param>
/// <param name="IndicatorGroups">The indicator questions.</param>
/// <param name="NotSavedBecause">When the referral could not be saved through no fault of the form (a workflow or rule set is not published): why.</param>
public sealed record ConcernPage(ConcernForm Form, string AgencyName, IReadOnlyList<FieldView> IndicatorGroups, IReadOnlyList<string>? NotSavedBecause = null);
