using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Validation;

/// <summary>
/// How long each kind of text the engine takes may be, and what characters it may hold. One place,
/// so the API, the pages and the engine refuse the same things (<c>docs/api.md</c> lists them).
/// </summary>
public static class TextLimits
{
    /// <summary>A child's name.</summary>
    public const int ChildName = 200;

    /// <summary>A child's local reference (e.g. a social care number).</summary>
    public const int LocalReference = 50;

    /// <summary>Who raised a concern.</summary>
    public const int Referrer = 200;

    /// <summary>The concern: what was seen or heard.</summary>
    public const int Concern = 10_000;

    /// <summary>A reason or note given with a command (reassign, cancel, move, close, track, escalate, resolve, extend).</summary>
    public const int Reason = 2_000;

    /// <summary>A case note: what was said or done at a call, meeting or visit.</summary>
    public const int CaseNote = 5_000;

    /// <summary>A one-line form answer, unless the form field sets its own <c>maxLength</c>.</summary>
    public const int FormText = 500;

    /// <summary>A several-line form answer, unless the form field sets its own <c>maxLength</c>; also the most any field may set.</summary>
    public const int FormLongText = 10_000;

    /// <summary>A rule's name.</summary>
    public const int RuleName = 100;

    /// <summary>What a rule is for, in plain English (its <c>description</c> property).</summary>
    public const int RuleDescription = 2_000;

    /// <summary>What a rule decides when it holds (its <c>SuccessEvent</c>).</summary>
    public const int RuleDecision = 100;

    /// <summary>A rule's message when it does not hold (its <c>ErrorMessage</c>).</summary>
    public const int RuleMessage = 1_000;

    /// <summary>A key or identifier in a workflow file (a stage, task, transition, outcome or field key). The workflow schema's <c>maxLength</c> says the same.</summary>
    public const int DefinitionKey = 100;

    /// <summary>A name, title or label in a workflow file (what inboxes, buttons and forms show). The workflow schema's <c>maxLength</c> says the same.</summary>
    public const int DefinitionName = 200;

    /// <summary>A description, guidance or hint in a workflow file. The workflow schema's <c>maxLength</c> says the same.</summary>
    public const int DefinitionText = 2_000;

    /// <summary>Code of the error for text over its limit.</summary>
    public const string TooLongCode = "text.too-long";

    /// <summary>Code of the error for text with characters that cannot be shown.</summary>
    public const string UnreadableCode = "text.unreadable";

    /// <summary>
    /// Why the text cannot be taken, or null when it can: longer than <paramref name="limit"/>, made
    /// only of invisible characters, or holding NUL or another control character (tab and new
    /// lines are allowed). Null, empty and blank text pass: whether a value is required is checked apart.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The most characters allowed.</param>
    /// <param name="label">What the text is, for the message: <c>The child's name</c>.</param>
    /// <param name="path">The JSON path of the field.</param>
    public static ValidationError? Check(string? text, int limit, string label, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > limit)
        {
            return new(TooLongCode, path,
                $"{label} is too long: {Count(text.Length)} characters, and at most {Count(limit)} are allowed. Shorten it.");
        }

        var visible = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsControl(rune))
            {
                return new(UnreadableCode, path, $"{label} holds a control character that cannot be shown. Remove it and type the text again.");
            }

            visible |= !IsInvisible(rune);
        }

        return visible ? null : new(UnreadableCode, path, $"{label} holds only invisible characters. Type it in words.");
    }

    /// <summary>As <see cref="Check(string?, int, string, string)"/>, for a JSON value that should be text; other values pass.</summary>
    public static ValidationError? Check(JsonNode? value, int limit, string label, string path) =>
        value is JsonValue json && json.TryGetValue<string>(out var text) ? Check(text, limit, label, path) : null;

    // C0 and C1 controls except tab, line feed and carriage return; DEL too.
    private static bool IsControl(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control && rune.Value is not ('\t' or '\n' or '\r');

    private static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
