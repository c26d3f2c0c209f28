using System.Globalization;
using System.Text;
using CsCheck;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// Generators of the shapes a careless or hostile client sends, as JSON text (so duplicate keys,
/// numbers beyond any .NET type and lone surrogates can be sent too): huge strings, control
/// characters and NUL, invisible-only names, integers at and beyond the int32 and int64 bounds,
/// negative counts, dates of year 1 and 9999, wrong types and nulls.
/// </summary>
internal static class Hostile
{
    private static readonly string[] NastyStrings =
    [
        "", " ", "\0", "a\0b", "\u200B\u200B\u200B", "\u00A0\u2007\u202F", " \t\r\n", "\u202E\u2066evil", "\uFEFF", "\u0007\u001B[31m",
        "'; DROP TABLE Cases; --", "<script>alert(1)</script>", "../../etc/passwd", "{{7*7}}", "%s%n%x", "\uD800", "\uDFFF\uD800", "😀👨‍👩‍👧",
        "null", "true", "0", "-1", "NaN", "Infinity", "$.child.name", "\\", "\"", "Robert'); --", "ÅÄÖ ßẞ ǅ", "𝕳𝖊𝖑𝖑𝖔",
    ];

    private static readonly string[] NastyNumbers =
    [
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "123456789012345678901234567890", "1e308", "1e309", "-1e400", "1E2", "0.5", "-0.0001", "1.7976931348623157e308", "5e-324",
    ];

    private static readonly string[] NastyDates =
    [
        "0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00-14:00",
        "2026-02-30", "2026-13-01", "2026-00-10", "-0001-01-01", "10000-01-01", "2026-03-02T25:00:00Z", "not a date", "", "2026-03-02",
        "2026-03-09T09:00:00Z", "2030-01-01T00:00:00+00:00",
    ];

    /// <summary>Any text, most often short, sometimes huge, invisible or full of control characters.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.String[0, 40]),
        (3, Gen.Char.Array[0, 30].Select(chars => new string(chars))),
        (3, Gen.OneOf(NastyStrings)),
        (1, Gen.Int[1, 4].Select(n => new string('x', n * 25_000))),
        (1, Gen.Int[1, 200].Select(n => string.Concat(Enumerable.Repeat("\u200B", n)))));

    /// <summary>A JSON string literal of <see cref="Text"/>.</summary>
    public static readonly Gen<string> StringLiteral = Text.Select(Quote);

    /// <summary>A JSON number literal, often at or past a bound.</summary>
    public static readonly Gen<string> NumberLiteral = Gen.Frequency(
        (3, Gen.OneOf(NastyNumbers)),
        (2, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(d => double.IsFinite(d)).Select(d => d.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>A JSON string holding a date or date-time, often at or past the calendar's ends.</summary>
    public static readonly Gen<string> DateLiteral = Gen.OneOf(NastyDates).Select(Quote);

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    public static Gen<string> Value(int depth = 2) => depth <= 0
        ? Gen.Frequency((3, StringLiteral), (3, NumberLiteral), (1, Gen.OneOf("true", "false", "null")), (1, DateLiteral))
        : Gen.Frequency(
            (3, StringLiteral), (3, NumberLiteral), (1, Gen.OneOf("true", "false", "null")), (1, DateLiteral),
            (1, Value(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(Text.Select(Quote), Value(depth - 1), (key, value) => (key, value)).Array[0, 4].Select(Object)));

    /// <summary>The value a field should hold most of the time, and anything at all otherwise.</summary>
    public static Gen<string> Mostly(Gen<string> good) => Gen.Frequency((8, good), (1, Value(1)));

    /// <summary>
    /// A JSON object with the given fields, each present or not, sometimes twice (a duplicate key),
    /// sometimes with an unknown field besides; or, now and then, not an object at all.
    /// </summary>
    public static Gen<string> Object(params (string Name, Gen<string> Value)[] fields)
    {
        var members = fields.Select(f => Gen.Frequency(
                (16, f.Value.Select(v => new[] { (Quote(f.Name), v) })),
                (2, Gen.Const(Array.Empty<(string, string)>())),
                (1, Gen.Select(f.Value, f.Value, (first, second) => new[] { (Quote(f.Name), first), (Quote(f.Name), second) }))))
            .ToArray();
        var present = members.Aggregate(
            Gen.Const(Array.Empty<(string, string)>()),
            (sofar, member) => Gen.Select(sofar, member, (a, b) => a.Concat(b).ToArray()));
        var body = Gen.Select(present, Gen.Int[0, 9], Text, Value(1), (known, extra, unknownName, unknownValue) =>
            Object(extra == 0 ? [.. known, (Quote(unknownName), unknownValue)] : known));
        return Gen.Frequency((30, body), (1, Value(1)), (1, Gen.OneOf("", "{", "{\"a\":}", "[]", "{}}", "\"\"")));
    }

    /// <summary>Members written as an object (keys already quoted).</summary>
    public static string Object((string Key, string Value)[] members) =>
        "{" + string.Join(",", members.Select(m => m.Key + ":" + m.Value)) + "}";

    /// <summary>A JSON string literal; control characters and lone surrogates escaped as \u sequences, so they reach the server as sent.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' or (>= '\uD800' and <= '\uDFFF') => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }
}
