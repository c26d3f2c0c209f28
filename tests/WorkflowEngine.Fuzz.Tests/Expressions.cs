using CsCheck;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// Rule expressions as an author or an attacker writes them: facts, literals at the bounds,
/// operators, method calls, deep parentheses, long <c>&amp;&amp;</c> chains, and code that reaches
/// outside the facts (files, processes, reflection, allocation bombs).
/// </summary>
internal static class Expressions
{
    /// <summary>
    /// The deepest parentheses generated. Deeper ones crash the process today (a stack overflow in
    /// the expression compiler); <c>Deeply_nested_expressions_are_refused_with_400</c> covers them.
    /// </summary>
    public const int MaxNesting = 200;

    private static readonly Gen<string> Atoms = Gen.OneOf(
        "facts.missingEpisodes", "facts.ageYears", "facts.carryingWeapons", "facts.riskLevel", "facts.disruptionMeasures.Count",
        "facts.noMeasureReason.Trim().Length", "facts.noSuchFact", "score", "task.key", "stage", "true", "false", "null",
        "0", "1", "-1", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "1e308", "0.1m",
        "\"high\"", "\"\"", "\"\\u0000\"", "'x'", "int.MaxValue", "long.MinValue", "DateTime.MaxValue", "DateTime.MinValue.AddDays(-1)");

    private static readonly Gen<string> Operators = Gen.OneOf(
        " + ", " - ", " * ", " / ", " % ", " == ", " != ", " < ", " >= ", " && ", " || ", " ?? ", " & ", " | ", " ^ ", " << ");

    private static readonly Gen<string> Escapes = Gen.OneOf(
        "System.IO.File.ReadAllText(\"/etc/passwd\")", "System.Environment.Exit(1)", "System.Diagnostics.Process.Start(\"sh\")",
        "typeof(string).Assembly.GetTypes()", "facts.GetType().Assembly", "new string('a', 2147483647)", "Enumerable.Range(0, 2147483647).Sum()",
        "System.Threading.Thread.Sleep(100000)", "AppDomain.CurrentDomain", "Activator.CreateInstance(typeof(object))",
        "facts.missingEpisodes * 2147483647 * 2147483647", "checked(2147483647 + facts.missingEpisodes)", "1 / 0", "facts.riskLevel.Substring(-1)",
        "string.Join(\"\", Enumerable.Repeat(\"x\", 100000000))", "\"a\".PadLeft(2147483647)", "((object)facts).ToString()");

    /// <summary>A flat expression: atoms joined by operators, sometimes negated or called.</summary>
    private static readonly Gen<string> Flat = Gen.Select(Atoms, Operators, Atoms, Gen.OneOf("", "!", "-"), (a, op, b, prefix) => $"{prefix}({a}{op}{b})");

    public static readonly Gen<string> Any = Gen.Frequency(
        (4, Flat),
        (2, Escapes),
        (1, Gen.Select(Flat, Gen.Int[1, MaxNesting], (inner, depth) => new string('(', depth) + inner + new string(')', depth))),
        (1, Gen.Select(Flat, Gen.Int[1, MaxNesting], (inner, depth) => new string('(', depth) + inner)),
        (1, Gen.Select(Flat, Gen.Int[2, 2000], (term, count) => string.Join(" && ", Enumerable.Repeat(term, count)))),
        (1, Gen.Select(Atoms, Gen.Int[2, 500], (term, count) => string.Join(" + ", Enumerable.Repeat(term, count)))),
        (1, Hostile.Text));
}
