using System.Security.Cryptography;
using System.Text;

namespace Tdkt.Web.Security;

/// <summary>Personal access tokens: "tdkt_" + 32 random bytes (base64url). Only the SHA-256 is stored.</summary>
public static class AccessTokens
{
    public const string Prefix = "tdkt_";

    public static string NewToken() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string DisplayPrefix(string token) => token[..Math.Min(token.Length, 12)];
}
