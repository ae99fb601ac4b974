using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// The authenticator-app (TOTP, RFC 6238: HMAC-SHA-1, 30 s, 6 digits) provider, in place of Identity's, which accepts
/// the same code again as long as it is valid (ASVS 6.5.1). A code is accepted for its step or one step either side
/// (clock drift), and only for a step later than the last one accepted for that user: a code used once — to enable
/// the factor or to sign in — cannot be used again, nor can an older one. The last step is a user token
/// (AspNetUserTokens), saved with the user's concurrency stamp, so two requests racing with one code do not both pass.
/// </summary>
public sealed class OneTimeAuthenticator(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private const string Store = "Tdkt";
    private const string LastStepName = "TotpLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the person's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (token.Length != 6 || !token.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var secret = Base32ToBytes(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                matched = step;
            }
        }

        if (matched is not { } used)
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStepName);
        if (long.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lastStep) && used <= lastStep)
        {
            return false; // this code (or an earlier one) was already used
        }

        return (await manager.SetAuthenticationTokenAsync(user, Store, LastStepName, used.ToString(CultureInfo.InvariantCulture))).Succeeded;
    }

    /// <summary>RFC 6238 code of one time step.</summary>
    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] Base32ToBytes(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = base32.Trim().TrimEnd('=').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var v = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (v < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
