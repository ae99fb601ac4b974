using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// Rotation of the CCCD blind-index key (issue 15 item 3, ADR-0034): <c>rotate-cccd-key</c> with the new key as
/// <c>Tdkt:CitizenIdIndexKey</c> and the old one as <c>Tdkt:CitizenIdIndexKeyPrevious</c>. The index is an HMAC and
/// cannot be recomputed from itself: every citizen ID the app can still read (the encrypted numbers on nominees) gives
/// old index → new index, and people and council members are re-indexed by that map in one transaction with one audit
/// row. An index whose number the app never stored in readable form cannot follow; it is counted and reported (such a
/// person is matched by name and birth year afterwards, as before a CCCD was given).
/// </summary>
public static class CitizenIdKeyRotation
{
    public const string PreviousKeySetting = "Tdkt:CitizenIdIndexKeyPrevious";

    public sealed record Report(int Numbers, int People, int CouncilMembers, int Unmapped)
    {
        public string Describe() =>
            $"Đã đổi khóa chỉ mục CCCD: {Numbers} số CCCD đọc được, {People} người trong sổ và {CouncilMembers} thành viên hội đồng được lập chỉ mục lại"
            + (Unmapped > 0 ? $"; {Unmapped} chỉ mục không có số CCCD gốc nên không chuyển được (sẽ đối chiếu theo họ tên, năm sinh)." : ".");
    }

    public static async Task<Report> RunAsync(TdktDbContext db, Pages.Nominations.CitizenIds ids, byte[] previousKey, byte[] newKey, CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var ciphers = await db.Nominees.AsNoTracking().Where(n => n.CitizenIdProtected != null).Select(n => n.CitizenIdProtected!).ToListAsync(ct);
        var numbers = 0;
        foreach (var cipher in ciphers)
        {
            string number;
            try
            {
                number = ids.Unprotect(cipher).Trim();
            }
            catch (CryptographicException)
            {
                continue; // key ring lost for this one: nothing to map
            }

            numbers++;
            map[Index(previousKey, number)] = Index(newKey, number);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var people = 0;
        var members = 0;
        foreach (var (old, @new) in map)
        {
            people += await db.Database.ExecuteSqlAsync($"UPDATE people SET \"CitizenIdHash\" = {@new} WHERE \"CitizenIdHash\" = {old}", ct);
            members += await db.Database.ExecuteSqlAsync($"UPDATE council_members SET \"CitizenIdHash\" = {@new} WHERE \"CitizenIdHash\" = {old}", ct);
        }

        var newHashes = map.Values.ToList();
        var unmapped = await db.People.CountAsync(p => p.CitizenIdHash != null && !newHashes.Contains(p.CitizenIdHash), ct);
        var report = new Report(numbers, people, members, unmapped);
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow, ActorName = "Quản trị hệ thống (dòng lệnh)", Action = "Đổi khóa chỉ mục CCCD",
            EntityType = "CitizenIdIndexKey", EntityId = "-", After = System.Text.Json.JsonSerializer.Serialize(report), Reason = report.Describe(),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return report;
    }

    public static byte[] PreviousKey(IConfiguration config) =>
        config[PreviousKeySetting] is { } k && k.Trim().Length >= SecretKeys.MinKeyChars
            ? Encoding.UTF8.GetBytes(k.Trim())
            : throw new MissingSecretException(
                $"Đổi khóa chỉ mục CCCD cần khóa cũ trong {PreviousKeySetting} (biến môi trường Tdkt__CitizenIdIndexKeyPrevious) và khóa mới trong {SecretKeys.IndexKeySetting}.");

    private static string Index(byte[] key, string number) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(number)));
}
