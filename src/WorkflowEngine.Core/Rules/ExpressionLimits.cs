using System.Globalization;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// How big a rule expression may be, checked by one cheap pass over its text before anything
/// parses it. The parser and the checks after it walk the expression recursively, so a hostile
/// one (thousands of nested brackets, a chain of twenty thousand terms) would otherwise end the
/// process with a stack overflow rather than be refused.
/// </summary>
public static class ExpressionLimits
{
    /// <summary>The most characters one expression may have.</summary>
    public const int MaxLength = 4_000;

    /// <summary>The most brackets (round, square or curly) one expression may have inside each other.</summary>
    public const int MaxNesting = 32;

    /// <summary>The most operator characters (<c>+ - * / % ! &lt; &gt; = &amp; | ? : ^ ~</c> and member dots) one expression may have.</summary>
    public const int MaxOperators = 400;

    /// <summary>Code of the error for an expression longer than <see cref="MaxLength"/>.</summary>
    public const string TooLongCode = "rule.expression-too-long";

    /// <summary>Code of the error for an expression nested deeper than <see cref="MaxNesting"/>.</summary>
    public const string TooDeepCode = "rule.expression-too-deep";

    /// <summary>Code of the error for an expression with more than <see cref="MaxOperators"/> operators.</summary>
    public const string TooComplexCode = "rule.expression-too-complex";

    /// <summary>Whether an error says an expression is over these limits (input refused outright, not a mistake to fix in an editor).</summary>
    public static bool IsOverLimit(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code is TooLongCode or TooDeepCode or TooComplexCode;
    }

    /// <summary>The first limit the expression breaks, or null when it is within all of them.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="where">Who it belongs to, for the message, e.g. <c>Rule 'urgent-risk' in rule set 'front-door-routing'</c>.</param>
    /// <param name="path">The JSON path of the expression.</param>
    internal static ValidationError? Check(string text, string where, string path)
    {
        if (text.Length > MaxLength)
        {
            return new(TooLongCode, path,
                $"{where} is too long ({Count(text.Length)} characters; at most {Count(MaxLength)}). Split it into simpler rules or shared values.");
        }

        var (depth, operators) = Scan(text);
        if (depth > MaxNesting)
        {
            return new(TooDeepCode, path,
                $"{where} is too deeply nested (more than {MaxNesting} brackets inside each other). Split it into simpler rules.");
        }

        return operators > MaxOperators
            ? new(TooComplexCode, path,
                $"{where} is too complicated ({Count(operators)} operators; at most {Count(MaxOperators)}). Split it into simpler rules or shared values.")
            : null;
    }

    // One pass: the deepest bracket nesting and the operator count, outside text and character literals.
    private static (int Depth, int Operators) Scan(string text)
    {
        var depth = 0;
        var deepest = 0;
        var operators = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '+' or '-' or '*' or '/' or '%' or '!' or '<' or '>' or '=' or '&' or '|' or '?' or ':' or '^' or '~':
                    operators++;
                    break;
                case '.' when i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '_'):
                    operators++;
                    break;
                default:
                    // The parser's word operators nest like their symbols.
                    if (char.IsLetter(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && IsWordOperator(text, i))
                    {
                        operators++;
                    }

                    break;
            }
        }

        return (deepest, operators);
    }

    private static bool IsWordOperator(string text, int start)
    {
        foreach (var word in (ReadOnlySpan<string>)["not", "and", "or"])
        {
            var end = start + word.Length;
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
