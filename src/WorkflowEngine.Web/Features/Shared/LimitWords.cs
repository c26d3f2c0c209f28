using System.Globalization;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>How a page states a text field's limit: the same number the server enforces, in words.</summary>
public static class LimitWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Under a one-line box: "Up to 200 characters."</summary>
    public static string UpTo(int limit) => $"Up to {limit.ToString("N0", British)} characters.";

    /// <summary>What the GOV.UK character count says under a box before its script runs (and without script).</summary>
    public static string CanEnter(int limit) => $"You can enter up to {limit.ToString("N0", British)} characters";

    /// <summary>The end of a refusal: "must be 2,000 characters or fewer".</summary>
    public static string MustBeAtMost(int limit) => $"must be {limit.ToString("N0", British)} characters or fewer";

    /// <summary>A hint with a one-line box's limit after it.</summary>
    public static string WithLimit(string? hint, int limit) =>
        hint is null ? UpTo(limit) : $"{hint.TrimEnd().TrimEnd('.')}. {UpTo(limit)}";
}
