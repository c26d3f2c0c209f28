using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>
/// Runs one kind of command on a case: the command record in (with its access check), a
/// <see cref="CommandResult{T}"/> out. Expected failures (invalid, not allowed, forbidden, not
/// found, conflict) come back in the result, never half-written.
/// </summary>
/// <typeparam name="TCommand">The command record.</typeparam>
/// <typeparam name="TResult">What a success returns (usually the case as saved).</typeparam>
public interface ICaseCommandHandler<in TCommand, TResult>
{
    /// <summary>Runs the command.</summary>
    Task<CommandResult<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken = default);
}
