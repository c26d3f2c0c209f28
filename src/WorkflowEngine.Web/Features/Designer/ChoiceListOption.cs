namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A choice list a form field may offer, with its entries.</summary>
/// <param name="Key">Its key, e.g. <c>risk-levels</c>.</param>
/// <param name="Items">Its entries in order.</param>
public sealed record ChoiceListOption(string Key, IReadOnlyList<ChoiceItemOption> Items);
