using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Citizen IDs (CCCD): encrypted with ASP.NET Data Protection (key ring outside the database) and indexed
/// by an HMAC-SHA-256 blind index so a person can be matched without decrypting.</summary>
public sealed class CitizenIds(IDataProtectionProvider provider, IConfiguration config)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Tdkt.Nominations.CitizenId.v1");
    private readonly byte[] _indexKey = Encoding.UTF8.GetBytes(config["Tdkt:CitizenIdIndexKey"] ?? "tdkt-citizen-id-index-v1");

    public string Protect(string citizenId) => _protector.Protect(citizenId);

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public string Index(string citizenId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(citizenId.Trim())));
}
