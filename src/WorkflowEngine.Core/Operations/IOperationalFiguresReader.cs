namespace WorkflowEngine.Core.Operations;

/// <summary>Reads the figures an operator alerts on from the store.</summary>
public interface IOperationalFiguresReader
{
    /// <summary>The figures as they stand at <paramref name="now"/>.</summary>
    Task<OperationalFigures> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
