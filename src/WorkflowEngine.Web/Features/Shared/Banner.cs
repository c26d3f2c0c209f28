namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// The GOV.UK success banner shown once after an action that redirects (post, redirect, get): the
/// action puts its sentence in TempData under <see cref="Key"/>, the next page shows it.
/// </summary>
public static class Banner
{
    /// <summary>The TempData key of the success sentence.</summary>
    public const string Key = "success-banner";
}
