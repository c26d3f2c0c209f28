namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>Checks an uploaded file for malware before it is kept. Plug in the council's scanner (e.g. ClamAV, Defender).</summary>
public interface IVirusScanner
{
    /// <summary>The scanner's verdict on the content: null when clean, otherwise what was found, in words.</summary>
    Task<string?> FindThreatAsync(byte[] content, string fileName, CancellationToken cancellationToken = default);
}
