using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Validation;

/// <summary>
/// The range a number fact or number form field accepts. Every number the engine takes has one,
/// so no count, age or percentage can be large (or negative) enough to overflow a rule's arithmetic.
/// </summary>
/// <param name="Minimum">The smallest value accepted.</param>
/// <param name="Maximum">The largest value accepted.</param>
/// <param name="WholeNumbers">Whether only whole numbers are accepted.</param>
public sealed record NumberRange(decimal Minimum, decimal Maximum, bool WholeNumbers)
{
    /// <summary>Whether the JSON value is a number within the range (and whole, if it must be).</summary>
    public bool Accepts(JsonNode? value) =>
        Read(value) is { } number && number >= Minimum && number <= Maximum && (!WholeNumbers || decimal.Truncate(number) == number);

    /// <summary>What the range accepts, in words: <c>a whole number from 0 to 1,000</c>.</summary>
    public string Describe() =>
        $"{(WholeNumbers ? "a whole number" : "a number")} from {Format(Minimum)} to {Format(Maximum)}";

    /// <summary>The JSON number as a decimal, or null when it is not a number or too large for one.</summary>
    public static decimal? Read(JsonNode? value) =>
        value is JsonValue json && json.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(json.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static string Format(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
