using System.Security.Cryptography;
using System.Text;

namespace WorkflowEngine.Core.Versions;

/// <summary>Fingerprints document content so an unchanged file is not published again.</summary>
public static class ContentHash
{
    /// <summary>SHA-256 (lowercase hex) of the content with line endings and trailing white space normalised.</summary>
    public static string Of(string content)
    {
        var normalised = content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
