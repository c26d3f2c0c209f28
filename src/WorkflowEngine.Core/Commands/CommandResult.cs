using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Commands;

/// <summary>The result of a runtime command: a value on success, otherwise every reason it failed.</summary>
/// <typeparam name="T">The value a successful command returns.</typeparam>
public sealed record CommandResult<T>
{
    /// <summary>How the command ended.</summary>
    public required CommandStatus Status { get; init; }

    /// <summary>The value, when <see cref="Status"/> is <see cref="CommandStatus.Succeeded"/>.</summary>
    public T? Value { get; init; }

    /// <summary>Why it failed, each naming the field or rule at fault.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>Whether the command succeeded.</summary>
    public bool Succeeded => Status == CommandStatus.Succeeded;

    /// <summary>A success.</summary>
    public static CommandResult<T> Success(T value) => new() { Status = CommandStatus.Succeeded, Value = value };

    /// <summary>A failure with one error.</summary>
    public static CommandResult<T> Failure(CommandStatus status, string code, string path, string message) =>
        new() { Status = status, Errors = [new ValidationError(code, path, message)] };

    /// <summary>A failure with several errors.</summary>
    public static CommandResult<T> Failure(CommandStatus status, IReadOnlyList<ValidationError> errors) =>
        new() { Status = status, Errors = errors };
}
