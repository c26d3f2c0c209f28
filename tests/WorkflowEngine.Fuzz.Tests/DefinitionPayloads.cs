using System.Text.Json.Nodes;
using CsCheck;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>Generated rule sets (RulesEngine JSON with generated expressions) and workflows (shipped ones, mutated).</summary>
internal static class DefinitionPayloads
{
    private static readonly Gen<string> Rule = Hostile.Object(
        ("RuleName", Hostile.Mostly(Gen.OneOf("high-risk", "route-to-police", "", "rule with spaces").Select(Hostile.Quote))),
        ("Expression", Hostile.Mostly(Expressions.Any.Select(Hostile.Quote))),
        ("RuleExpressionType", Hostile.Mostly(Gen.OneOf("\"LambdaExpression\"", "0", "\"Other\""))),
        ("SuccessEvent", Hostile.Mostly(Hostile.StringLiteral)),
        ("ErrorMessage", Hostile.Mostly(Hostile.StringLiteral)));

    public static readonly Gen<string> RuleSet = Hostile.Object(
        ("WorkflowName", Hostile.Mostly(Gen.OneOf("fuzz-rules", "front-door-routing", "Not Kebab", "").Select(Hostile.Quote))),
        ("Rules", Hostile.Mostly(Rule.Array[0, 4].Select(rules => "[" + string.Join(",", rules) + "]"))));

    public static readonly Gen<string> Evaluate = Hostile.Object(
        ("facts", Hostile.Mostly(ContactPayloads.Facts)),
        ("task", Hostile.Mostly(Hostile.StringLiteral)),
        ("stage", Hostile.Mostly(Hostile.StringLiteral)));

    /// <summary>A shipped workflow with one to four of its values replaced by anything, or removed.</summary>
    public static readonly Gen<string> Workflow = Gen.Select(
        Gen.OneOf(Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Order(StringComparer.Ordinal).ToArray()),
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Hostile.Value(1), (at, how, value) => (at, how, value)).Array[1, 4],
        Mutate);

    private static string Mutate(string file, (int At, int How, string Value)[] mutations)
    {
        var document = JsonNode.Parse(File.ReadAllText(file))!;
        var replacements = new List<(string Marker, string Raw)>();
        foreach (var (at, how, value) in mutations)
        {
            var nodes = Descendants(document).ToList();
            var node = nodes[at % nodes.Count];
            var parent = node.Parent;
            if (parent is null)
            {
                continue;
            }

            var marker = $"@@fuzz-{replacements.Count}@@";
            switch (parent, how)
            {
                case (JsonObject owner, 0):
                    owner.Remove(node.GetPropertyName());
                    break;
                case (JsonArray list, 0):
                    list.Remove(node);
                    break;
                case (JsonObject owner, _):
                    owner[node.GetPropertyName()] = marker;
                    replacements.Add((marker, value));
                    break;
                case (JsonArray list, _):
                    list[node.GetElementIndex()] = marker;
                    replacements.Add((marker, value));
                    break;
            }
        }

        // Raw values (numbers past any .NET type, lone surrogates) go in as text, where JsonNode cannot hold them.
        var text = document.ToJsonString();
        foreach (var (marker, raw) in replacements)
        {
            text = text.Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
