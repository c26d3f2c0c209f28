using CsCheck;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>Generated bodies for opening a case: child, contact and facts, mostly well-typed, often hostile.</summary>
internal static class ContactPayloads
{
    private static readonly Gen<string> Names = Gen.Frequency(
        (3, Gen.OneOf("Tyler Reed", "Amara Okoye", "Zoë Ó Briain", "Li Wei").Select(Hostile.Quote)),
        (2, Hostile.StringLiteral));

    private static readonly Gen<string> Agencies = Gen.Frequency(
        (3, Gen.OneOf("education", "police", "health", "partnership", "EDUCATION", "education ", "no-such-agency").Select(Hostile.Quote)),
        (1, Hostile.StringLiteral));

    private static readonly Gen<string> Booleans = Gen.OneOf("true", "false");

    private static readonly Gen<string> TextList = Hostile.StringLiteral.Array[0, 5].Select(items => "[" + string.Join(",", items) + "]");

    /// <summary>Facts of every catalogue type (integer, boolean, text, list, date), plus unknown ones.</summary>
    public static readonly Gen<string> Facts = Hostile.Object(
        ("missingEpisodes", Hostile.Mostly(Hostile.NumberLiteral)),
        ("ageYears", Hostile.Mostly(Hostile.NumberLiteral)),
        ("urgent", Hostile.Mostly(Booleans)),
        ("carryingWeapons", Hostile.Mostly(Booleans)),
        ("riskLevel", Hostile.Mostly(Gen.OneOf("low", "medium", "high", "").Select(Hostile.Quote))),
        ("disruptionMeasures", Hostile.Mostly(TextList)),
        ("exclusionDate", Hostile.Mostly(Hostile.DateLiteral)),
        ("referrerAgency", Hostile.Mostly(Agencies)));

    public static readonly Gen<string> OpenCase = Hostile.Object(
        ("workflow", Hostile.Mostly(Gen.OneOf("\"cce-referral\"", "\"missing-episode\"", "null", "\"\"", "\"CCE-REFERRAL\""))),
        ("child", Hostile.Mostly(Hostile.Object(
            ("name", Hostile.Mostly(Names)),
            ("dateOfBirth", Hostile.Mostly(Hostile.DateLiteral)),
            ("reference", Hostile.Mostly(Hostile.StringLiteral))))),
        ("contact", Hostile.Mostly(Hostile.Object(
            ("referrer", Hostile.Mostly(Names)),
            ("referrerAgency", Hostile.Mostly(Agencies)),
            ("concern", Hostile.Mostly(Gen.OneOf("Seen getting into cars with older men.").Select(Hostile.Quote))),
            ("urgent", Hostile.Mostly(Booleans))))),
        ("facts", Hostile.Mostly(Facts)));
}
