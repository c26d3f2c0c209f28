using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Api.Reference;

/// <summary>A fact of the catalogue: what a contact, a task form or a rule may record or read.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Type">Its type: <c>text</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>date</c> or <c>textList</c>.</param>
/// <param name="Label">What people see.</param>
/// <param name="Description">More about it.</param>
public sealed record FactResponse(string Key, FactType Type, string Label, string? Description)
{
    internal static FactResponse From(FactDefinition f) => new(f.Key, f.Type, f.Label, f.Description);
}
