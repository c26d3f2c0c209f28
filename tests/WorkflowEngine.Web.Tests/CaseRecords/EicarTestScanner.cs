using System.Text;
using WorkflowEngine.Core.CaseDocuments;

namespace WorkflowEngine.Web.Tests.CaseRecords;

/// <summary>A virus scanner for tests: finds the EICAR test file (the harmless string every scanner reports), and nothing else.</summary>
public sealed class EicarTestScanner : IVirusScanner
{
    /// <summary>The EICAR anti-virus test file.</summary>
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public Task<string?> FindThreatAsync(byte[] content, string fileName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Encoding.ASCII.GetString(content).Contains(Eicar, StringComparison.Ordinal) ? "the EICAR test virus" : null);
}
