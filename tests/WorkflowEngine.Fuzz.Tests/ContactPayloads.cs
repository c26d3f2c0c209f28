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

    // Values the engine accepts, most of the time, so that enough payloads open a case to test that path too.
    private static readonly Gen<string> Counts = Gen.Frequency((3, Gen.Int[0, 20].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Hostile.NumberLiteral));

    private static Gen<string> DatesNear(params string[] good) => Gen.Frequency((3, Gen.OneOf(good).Select(Hostile.Quote)), (1, Hostile.DateLiteral));

    private static readonly Gen<string> TextList = Hostile.StringLiteral.Array[0, 5].Select(items => "[" + string.Join(",", items) + "]");

    /// <summary>Facts of every catalogue type (integer, boolean, text, list, date), plus unknown ones.</summary>
    public static readonly Gen<string> Facts = Hostile.Object(
        ("missingEpisodes", Hostile.Mostly(Counts)),
        ("ageYears", Hostile.Mostly(Counts)),
        ("urgent", Hostile.Mostly(Booleans)),
        ("carryingWeapons", Hostile.Mostly(Booleans)),
        ("riskLevel", Hostile.Mostly(Gen.OneOf("low", "medium", "high", "").Select(Hostile.Quote))),
        ("disruptionMeasures", Hostile.Mostly(TextList)),
        ("exclusionDate", Hostile.Mostly(DatesNear("2026-02-20", "2026-03-02"))),
        ("referrerAgency", Hostile.Mostly(Agencies)));

    public static readonly Gen<string> OpenCase = Hostile.Object(
        ("workflow", Hostile.Mostly(Gen.OneOf("\"cce-referral\"", "\"missing-episode\"", "null", "\"\"", "\"CCE-REFERRAL\""))),
        ("child", Hostile.Mostly(Hostile.Object(
            ("name", Hostile.Mostly(Names)),
            ("dateOfBirth", Hostile.Mostly(DatesNear("2012-05-01", "2009-11-30", "2015-01-31"))),
            ("reference", Hostile.Mostly(Hostile.StringLiteral))))),
        ("contact", Hostile.Mostly(Hostile.Object(
            ("referrer", Hostile.Mostly(Names)),
            ("referrerAgency", Hostile.Mostly(Agencies)),
            ("concern", Hostile.Mostly(Gen.OneOf("Seen getting into cars with older men.").Select(Hostile.Quote))),
            ("urgent", Hostile.Mostly(Booleans))))),
        ("facts", Hostile.Mostly(Facts)));
}
