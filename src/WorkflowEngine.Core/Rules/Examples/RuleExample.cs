using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>A named case a rule set must get right: the facts in, and what it should decide.</summary>
/// <param name="Name">What the example shows, e.g. "Police referrer, score 5".</param>
/// <param name="Facts">The facts, keyed by the fact catalogue; missing ones take their defaults.</param>
/// <param name="TaskKey">For assignment rule sets: the task being assigned.</param>
/// <param name="StageKey">The stage being decided, or the task's stage.</param>
/// <param name="Expect">What the rule set should make of it.</param>
/// <param name="Description">Why the example matters, for the next person to read it.</param>
public sealed record RuleExample(string Name, JsonObject Facts, string? TaskKey, string? StageKey, ExampleExpectation Expect, string? Description = null)
{
    /// <summary>The example as the examples file holds it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name };
        if (Description is not null)
        {
            json["description"] = Description;
        }

        json["facts"] = Facts.DeepClone();
        if (TaskKey is not null || StageKey is not null)
        {
            var task = new JsonObject();
            if (TaskKey is not null)
            {
                task["key"] = TaskKey;
            }

            if (StageKey is not null)
            {
                task["stage"] = StageKey;
            }

            json["task"] = task;
        }

        json["expect"] = Expect.ToJson();
        return json;
    }
}
