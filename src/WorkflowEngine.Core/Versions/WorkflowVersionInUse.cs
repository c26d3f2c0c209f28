namespace WorkflowEngine.Core.Versions;

/// <summary>A workflow version that is in use: it starts new cases, or cases still run on it.</summary>
/// <param name="Document">The stored version.</param>
/// <param name="StartsNewCases">Whether it is the highest published version, so new cases start on it.</param>
/// <param name="RunningCases">How many open cases run on it.</param>
public sealed record WorkflowVersionInUse(StoredDocument Document, bool StartsNewCases, int RunningCases)
{
    /// <summary>How it is in use, in words: "starts new cases and 12 cases run on it".</summary>
    public string InUseWords => (StartsNewCases, RunningCases) switch
    {
        (true, 0) => "starts new cases",
        (true, var n) => $"starts new cases and {Cases(n)} run on it",
        (false, var n) => $"{Cases(n)} run on it",
    };

    private static string Cases(int count) => count == 1 ? "1 case" : $"{count} cases";
}
