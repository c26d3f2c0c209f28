namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A fact of the catalogue, as a form field or a completion.</summary>
/// <param name="Key">Its key, read as <c>facts.{key}</c> in rules.</param>
/// <param name="Type"><c>text</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>date</c> or <c>textList</c>.</param>
/// <param name="Label">What people see.</param>
/// <param name="Description">What it means and who records it.</param>
public sealed record FactOption(string Key, string Type, string Label, string? Description);
