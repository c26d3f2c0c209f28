using System.ComponentModel.DataAnnotations;

namespace WorkflowEngine.Web.Api;

/// <summary>
/// The longest text a request field takes, in characters. Being a <see cref="MaxLengthAttribute"/>,
/// the API document states it as <c>maxLength</c>; MVC checks it before the action runs, and the
/// refusal names the field by its JSON path with the code <c>request.too-long</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false)]
public sealed class TextLimitAttribute(int length) : MaxLengthAttribute(length)
{
    /// <summary>The problem code of a refusal.</summary>
    public const string Code = "request.too-long";

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) => $"This is too long: it can be at most {Length:N0} characters.";
}
