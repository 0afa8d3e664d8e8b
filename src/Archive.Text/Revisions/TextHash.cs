using System.Security.Cryptography;
using System.Text;

namespace Archive.Core.Revisions;

/// <summary>
/// The short hash of a clause's original text that the id ledger and translation blocks record
/// (<c>source=</c>): the first 16 hex digits of the SHA-256 of its UTF-8 bytes, as stored (docs/clause-ids.md).
/// </summary>
public static class TextHash
{
    public const int Length = 16;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..Length];
    }
}
