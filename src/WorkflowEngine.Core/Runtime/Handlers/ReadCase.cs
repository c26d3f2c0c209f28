using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A person with a need to know reads a case; the read is recorded in the disclosure log.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Viewer">Who reads it.</param>
/// <param name="Purpose">Why, if given.</param>
/// <param name="Access">Who may, decided on the snapshot returned; null lets everyone through.</param>
public sealed record ReadCaseCommand(Guid CaseId, string Viewer, string? Purpose = null, CaseAccessCheck? Access = null);

/// <summary>
/// Runs <see cref="ReadCaseCommand"/>: one load, on which the access check decides and from which
/// the view is recorded and the case returned. Closed cases too, since reading one is a disclosure
/// as well. Every entry point that shows case data reads it this way.
/// </summary>
public sealed class ReadCaseHandler : ICaseCommandHandler<ReadCaseCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal ReadCaseHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ReadCaseCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ReadCase", command.CaseId, null, command.Viewer, command.Access, (@case, _) =>
        {
            @case.Record("case.viewed", new JsonObject { ["purpose"] = command.Purpose });
            return null;
        }, cancellationToken, onClosedCase: true);
}
