using CsCheck;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>Generated bodies for the task commands: complete, reassign, extend and escalate.</summary>
internal static class TaskPayloads
{
    private static readonly Gen<string> Outcomes = Gen.Frequency(
        (3, Gen.OneOf("refer-to-mace", "no-further-action", "strategy-discussion", "screened", "done", "").Select(Hostile.Quote)),
        (2, Hostile.StringLiteral));

    private static readonly Gen<string> Reasons = Gen.Frequency(
        (2, Gen.OneOf("awaiting-information", "other", "capacity", "Team capacity this week.").Select(Hostile.Quote)),
        (2, Hostile.StringLiteral));

    /// <summary>Form data: the screening fields' likely keys with any values, and unknown keys.</summary>
    private static readonly Gen<string> Data = Hostile.Object(
        ("decisionRationale", Hostile.Mostly(Hostile.StringLiteral)),
        ("screeningNotes", Hostile.Mostly(Hostile.StringLiteral)),
        ("riskLevel", Hostile.Mostly(Gen.OneOf("low", "medium", "high").Select(Hostile.Quote))),
        ("missingEpisodes", Hostile.Mostly(Hostile.NumberLiteral)),
        ("disruptionMeasures", Hostile.Value(1)),
        ("exclusionDate", Hostile.Mostly(Hostile.DateLiteral)));

    public static readonly Gen<string> Complete = Hostile.Object(
        ("outcome", Hostile.Mostly(Outcomes)),
        ("data", Hostile.Mostly(Data)),
        ("expectedVersion", Hostile.Mostly(Hostile.NumberLiteral)));

    public static readonly Gen<string> Reassign = Hostile.Object(
        ("agency", Hostile.Mostly(Gen.OneOf("police", "health", "childrens-social-care", "partnership", "nowhere").Select(Hostile.Quote))),
        ("role", Hostile.Mostly(Gen.OneOf("practitioner", "team-manager", "mash", "").Select(Hostile.Quote))),
        ("person", Hostile.Mostly(Hostile.StringLiteral)),
        ("reason", Hostile.Mostly(Reasons)));

    public static readonly Gen<string> Extend = Hostile.Object(
        ("newDueAt", Hostile.Mostly(Hostile.DateLiteral)),
        ("reason", Hostile.Mostly(Reasons)),
        ("note", Hostile.Mostly(Hostile.StringLiteral)));

    public static readonly Gen<string> Escalate = Hostile.Object(("reason", Hostile.Mostly(Reasons)));
}
