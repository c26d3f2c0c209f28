namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A function or property rule expressions may use.</summary>
/// <param name="On">What it applies to: <c>text</c>, <c>list</c>, <c>number</c>, <c>date</c>, <c>time span</c> or <c>Math</c>.</param>
/// <param name="Name">Its name, e.g. <c>Contains</c>.</param>
/// <param name="IsProperty">True when it is read without brackets, like <c>Length</c>.</param>
/// <param name="Description">What it does.</param>
public sealed record RuleFunctionOption(string On, string Name, bool IsProperty, string Description);
