using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Citizen IDs (CCCD): encrypted with ASP.NET Data Protection (key ring outside the database) and indexed
/// by an HMAC-SHA-256 blind index so a person can be matched without decrypting. The index key comes from
/// configuration (<see cref="SecretKeys"/>); the last four digits are never stored, only derived for display.</summary>
public sealed class CitizenIds(IDataProtectionProvider provider, CitizenIdIndexKey indexKey)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Tdkt.Nominations.CitizenId.v1");

    public string Protect(string citizenId) => _protector.Protect(citizenId);

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public string Index(string citizenId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(indexKey.Value, Encoding.UTF8.GetBytes(citizenId.Trim())));

    /// <summary>"********8901" from the encrypted value; null when there is none; all stars when the key ring
    /// cannot decrypt it (a lost key folder).</summary>
    public string? Masked(string? cipher)
    {
        if (cipher is null)
        {
            return null;
        }

        try
        {
            var id = Unprotect(cipher);
            return "********" + (id.Length >= 4 ? id[^4..] : id);
        }
        catch (CryptographicException)
        {
            return "************";
        }
    }
}
