using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tests.Definitions;

internal static class ValidationAssert
{
    /// <summary>Exactly one error, with this code, path and message word for word.</summary>
    public static void Single(IReadOnlyList<ValidationError> errors, string code, string path, string message) =>
        Assert.Equal(new ValidationError(code, path, message), Assert.Single(errors));
}
