using System.Globalization;

namespace WorkflowEngine.Web.Features.Children;

/// <summary>What the child record pages share.</summary>
public static class ChildPages
{
    /// <summary>Dates as people in England write them.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
}
