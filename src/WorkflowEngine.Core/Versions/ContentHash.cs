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

    /// <summary>
    /// The hash of a rule set together with its examples, so a changed examples file is a changed
    /// version; without examples, the same as <see cref="Of(string)"/>.
    /// </summary>
    public static string Of(string content, string? examples) =>
        examples is null ? Of(content) : Of(Normalise(content) + "\n\u0000examples\n" + Normalise(examples));

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
