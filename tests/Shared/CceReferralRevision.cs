using System.Text.Json.Nodes;

namespace WorkflowEngine.Tests.Shared;

/// <summary>
/// A second version of the shipped cce-referral workflow for migration tests: the front door gains
/// a police records check beside the referral decision (concerns found go to screening), and the strategy discussion is renamed
/// "strategy-meeting" (so its cases must be mapped).
/// </summary>
internal static class CceReferralRevision
{
    public const string FrontDoor = "front-door";
    public const string OldStrategy = "strategy-discussion";
    public const string NewStrategy = "strategy-meeting";
    public const string RecordsCheck = "check-police-records";

    public static string Revise(string published)
    {
        var workflow = JsonNode.Parse(published)!.AsObject();
        foreach (var stage in workflow["stages"]!.AsArray().Select(s => s!.AsObject()))
        {
            if (stage["key"]!.GetValue<string>() == OldStrategy)
            {
                stage["key"] = NewStrategy;
            }

            if (stage["key"]!.GetValue<string>() == FrontDoor)
            {
                stage["tasks"]!.AsArray().Add(new JsonObject
                {
                    ["key"] = RecordsCheck,
                    ["title"] = "Check police records",
                    ["owner"] = new JsonObject { ["agency"] = "police" },
                    ["due"] = new JsonObject { ["workingDays"] = 1 },
                    ["outcomes"] = new JsonArray(new JsonObject { ["key"] = "concerns-found", ["label"] = "Concerns found" }),
                });
                stage["transitions"]!.AsArray().Add(new JsonObject
                {
                    ["key"] = "records-show-concerns", ["to"] = "exploitation-screening", ["trigger"] = "outcome",
                    ["task"] = RecordsCheck, ["outcome"] = "concerns-found",
                });
            }

            foreach (var transition in stage["transitions"]?.AsArray() ?? [])
            {
                if (transition!["to"]!.GetValue<string>() == OldStrategy)
                {
                    transition["to"] = NewStrategy;
                }
            }
        }

        return workflow.ToJsonString();
    }
}
