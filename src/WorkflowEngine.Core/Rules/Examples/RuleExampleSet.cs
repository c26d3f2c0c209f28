using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>
/// The examples of one rule set, kept beside it as <c>rules/{key}.examples.json</c> and stored with
/// each of its versions: publishing runs them, and any that fails refuses the publish.
/// </summary>
/// <param name="RuleSet">The rule set's key.</param>
/// <param name="Examples">The examples, in file order.</param>
public sealed record RuleExampleSet(string RuleSet, IReadOnlyList<RuleExample> Examples)
{
    /// <summary>How an examples file's name ends: <c>front-door-routing.examples.json</c>.</summary>
    public const string FileSuffix = ".examples.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The examples file's name for a rule set.</summary>
    public static string FileName(string ruleSet) => ruleSet + FileSuffix;

    /// <summary>Whether a file in <c>rules/</c> is an examples file rather than a rule set.</summary>
    public static bool IsExamplesFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The examples as the file holds them, indented.</summary>
    public string ToJson()
    {
        var json = new JsonObject
        {
            ["$schema"] = "../schemas/examples.schema.json",
            ["ruleSet"] = RuleSet,
            ["examples"] = new JsonArray([.. Examples.Select(e => (JsonNode)e.ToJson())]),
        };
        return json.ToJsonString(Indented) + "\n";
    }

    /// <summary>A copy with one more example at the end.</summary>
    public RuleExampleSet With(RuleExample example) => this with { Examples = [.. Examples, example] };
}
