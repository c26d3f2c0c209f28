using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Api.Reference;

/// <summary>One choice of a reference list.</summary>
/// <param name="Key">The value to send.</param>
/// <param name="Name">What people see.</param>
/// <param name="Description">More about it, if anything.</param>
public sealed record ListItemResponse(string Key, string Name, string? Description)
{
    internal static ListItemResponse From(ReferenceItem i) => new(i.Key, i.Name, i.Description);
}
