namespace WorkflowEngine.Web.Features.Designer;

/// <summary>Reference data for the simulator's forms and the rule-set editor's completions.</summary>
/// <param name="Facts">The fact catalogue (<c>reference/facts.json</c>).</param>
/// <param name="Lists">Every choice list with its entries (<c>agencies</c> is built in).</param>
/// <param name="Agencies">The partnership's agencies and their roles.</param>
/// <param name="Functions">What rule expressions may call or read besides facts (the sandbox's allow-list).</param>
/// <param name="Limits">The longest text each editor box takes, as the validators enforce it.</param>
public sealed record DesignerReferenceResponse(
    IReadOnlyList<FactOption> Facts,
    IReadOnlyList<ChoiceListOption> Lists,
    IReadOnlyList<AgencyOption> Agencies,
    IReadOnlyList<RuleFunctionOption> Functions,
    DesignerTextLimits Limits);
