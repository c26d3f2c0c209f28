namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>
/// The default "scanner" that scans nothing and passes every file. It is named for what it does so
/// nobody mistakes it for protection: an operator should register a real <see cref="IVirusScanner"/>.
/// </summary>
public sealed class NoOpVirusScanner : IVirusScanner
{
    /// <inheritdoc />
    public Task<string?> FindThreatAsync(byte[] content, string fileName, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
