using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>The raise-a-concern page: the form as posted, the referrer's agency and the indicator groups.</summary>
public sealed record ConcernPage(ConcernForm Form, string AgencyName, IReadOnlyList<FieldView> IndicatorGroups);
