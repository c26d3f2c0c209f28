namespace WorkflowEngine.Core.Rules;

/// <summary>A function or property rule expressions may use, as rule authors are shown it.</summary>
/// <param name="On">What it applies to: <c>text</c>, <c>list</c>, <c>number</c>, <c>date</c>, <c>time span</c>, or <c>Math</c> (called as <c>Math.Max(a, b)</c>).</param>
/// <param name="Name">Its name as written in an expression, e.g. <c>Contains</c> or <c>Length</c>.</param>
/// <param name="IsProperty">True for a property read without brackets (<c>facts.noMeasureReason.Length</c>), false for a call.</param>
/// <param name="Description">What it does, in a sentence.</param>
public sealed record RuleFunction(string On, string Name, bool IsProperty, string Description);
