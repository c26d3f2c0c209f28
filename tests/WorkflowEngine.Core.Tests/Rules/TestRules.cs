using System.Text.Json;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Tests.Rules;

/// <summary>A small fact catalogue and helpers to write rule-set JSON in tests.</summary>
internal static class TestRules
{
    public static ReferenceData Reference { get; } = new(
        [new Agency("police", "Police", true, ["practitioner"]), new Agency("childrens-social-care", "Children's social care", true, ["practitioner"])],
        new Dictionary<string, IReadOnlyList<ReferenceItem>>(),
        [
            new FactDefinition("missingEpisodes", FactType.Integer, "Missing episodes") { Minimum = 0, Maximum = 1000 },
            new FactDefinition("carryingWeapons", FactType.Boolean, "Carrying weapons"),
            new FactDefinition("riskLevel", FactType.Text, "Risk level"),
            new FactDefinition("disruptionMeasures", FactType.TextList, "Disruption measures"),
            new FactDefinition("noMeasureReason", FactType.Text, "No measure reason"),
            new FactDefinition("urgent", FactType.Boolean, "Urgent"),
            new FactDefinition("dateOfBirth", FactType.Date, "Date of birth"),
            new FactDefinition("referrerAgency", FactType.Text, "Referrer agency"),
            new FactDefinition("score", FactType.Number, "Score") { Minimum = 0, Maximum = 100 },
        ]);

    public static string RuleSet(string name, string expression, string? localParam = null, string? globalParam = null, string? output = null)
    {
        var rule = new Dictionary<string, object?>
        {
            ["RuleName"] = "the-rule",
            ["Expression"] = expression,
            ["SuccessEvent"] = "fired",
            ["ErrorMessage"] = "Not met.",
            ["RuleExpressionType"] = "LambdaExpression",
        };
        if (localParam is not null)
        {
            rule["LocalParams"] = new[] { new { Name = "local", Expression = localParam } };
        }

        if (output is not null)
        {
            rule["Actions"] = new { OnSuccess = new { Name = "OutputExpression", Context = new { Expression = output } } };
        }

        var workflow = new Dictionary<string, object?> { ["WorkflowName"] = name, ["Rules"] = new[] { rule } };
        if (globalParam is not null)
        {
            workflow["GlobalParams"] = new[] { new { Name = "shared", Expression = globalParam } };
        }

        return JsonSerializer.Serialize(workflow);
    }
}
