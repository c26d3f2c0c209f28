using System.ComponentModel.DataAnnotations;

namespace WorkflowEngine.Web.Api;

/// <summary>A whole number that must be 1 or more when given (a version); refused with <c>request.out-of-range</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false)]
public sealed class AtLeastOneAttribute() : RangeAttribute(1, long.MaxValue)
{
    /// <summary>The problem code of a refusal.</summary>
    public const string Code = "request.out-of-range";

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) => "This must be a whole number of 1 or more.";
}
