using System.Text.RegularExpressions;

namespace WorkflowEngine.Core.Definitions;

/// <summary>The two shapes of names in a workflow file, and suggestions for names that miss them.</summary>
internal static partial class KeyFormats
{
    /// <summary>Keys of workflows, stages, tasks, transitions and outcomes: lower-case words joined by hyphens.</summary>
    public const string KebabPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>Form field keys and case facts: camelCase identifiers.</summary>
    public const string CamelPattern = "^[a-z][A-Za-z0-9]*$";

    /// <summary>Whether the text is a valid kebab-case key.</summary>
    public static bool IsKebab(string text) => Kebab().IsMatch(text);

    /// <summary>Whether the text is a valid camelCase identifier.</summary>
    public static bool IsCamel(string text) => Camel().IsMatch(text);

    /// <summary>A kebab-case key close to the text, e.g. <c>Front Door</c> becomes <c>front-door</c>; null when none is.</summary>
    public static string? SuggestKebab(string text)
    {
        var words = Words(text).Select(w => w.ToLowerInvariant());
        var suggestion = string.Join('-', words);
        return IsKebab(suggestion) ? suggestion : null;
    }

    /// <summary>A camelCase identifier close to the text, e.g. <c>Decision rationale</c> becomes <c>decisionRationale</c>; null when none is.</summary>
    public static string? SuggestCamel(string text)
    {
        var words = Words(text).ToList();
        var suggestion = string.Concat(words.Select((w, i) => i == 0
            ? w.ToLowerInvariant()
            : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        return IsCamel(suggestion) ? suggestion : null;
    }

    // Splits on anything that is not a letter or digit, and where a lower-case letter meets a capital.
    private static IEnumerable<string> Words(string text) =>
        WordSplit().Split(text).Where(w => w.Length > 0);

    [GeneratedRegex(KebabPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    [GeneratedRegex(CamelPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Camel();

    [GeneratedRegex("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordSplit();
}
