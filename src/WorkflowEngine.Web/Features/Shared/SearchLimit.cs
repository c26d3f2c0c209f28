namespace WorkflowEngine.Web.Features.Shared;

/// <summary>The longest text a search box takes (a name, part of one, or a case reference), stated beside every search box.</summary>
public static class SearchLimit
{
    /// <summary>The most characters.</summary>
    public const int Length = 100;

    /// <summary>Whether the search is over the limit; when it is, the message goes beside the box under <paramref name="field"/>.</summary>
    public static bool Refuses(string? search, string field, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string label)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (search is not { Length: > Length })
        {
            return false;
        }

        modelState.AddModelError(field, $"{label} {LimitWords.MustBeAtMost(Length)}");
        return true;
    }
}
