using System.Security.Cryptography;
using System.Text;
using System.Buffers.Text;

namespace CareerPlanner.Web.Domain.Sharing;

/// <summary>
/// Capability tokens for share links: 32 bytes from the operating system's cryptographic random
/// generator, base64url-encoded (43 characters). Only the SHA-256 hash is ever stored.
/// </summary>
public static class ShareTokens
{
    public const int TokenBytes = 32;
    public const int TokenLength = 43;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>Lower-case hex SHA-256 of the token, as stored and looked up.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether a string could be a token at all (saves a database look-up for junk).</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
