using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Notices;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Pages.Notices;

/// <summary>The notice tables (sets, not DbContext properties, so the feature stays in its folder) and the
/// province's policy.</summary>
public static class NoticeData
{
    public static DbSet<PublicNotice> Notices(this TdktDbContext db) => db.Set<PublicNotice>();
    public static DbSet<PublicNoticeEntry> NoticeEntries(this TdktDbContext db) => db.Set<PublicNoticeEntry>();
    public static DbSet<NoticeObjection> Objections(this TdktDbContext db) => db.Set<NoticeObjection>();
    public static DbSet<PublicNoticeSetting> NoticeSettings(this TdktDbContext db) => db.Set<PublicNoticeSetting>();

    /// <summary>The policy of the province (root) that <paramref name="orgUnitId"/> belongs to.</summary>
    public static async Task<PublicNoticePolicy> PolicyForUnitAsync(this TdktDbContext db, int orgUnitId, CancellationToken ct)
    {
        var path = await db.UnitPathAsync(orgUnitId, ct);
        if (path is null)
        {
            return PublicNoticePolicy.Default;
        }

        return await db.ProvinceNoticePolicyAsync(OrgPath.Ids(path)[0], ct) ?? PublicNoticePolicy.Default;
    }

    /// <summary>Bodies where the caller publishes notices and verifies objections: Appraiser or Admin on exactly that unit
    /// (the receiving body of the dossiers, ADR-0008).</summary>
    public static List<int> AppraiserBodies(OrgScope scope) =>
        [.. scope.Grants.Where(g => g.Role is Role.Appraiser or Role.Admin).Select(g => g.OrgUnitId).Distinct()];

    /// <summary>Bodies whose staff see objections (they name the sender): any body role on exactly that unit.</summary>
    public static List<int> StaffBodies(OrgScope scope) =>
        [.. scope.Grants.Where(g => NominationAccess.BodyRoles.Contains(g.Role)).Select(g => g.OrgUnitId).Distinct()];
}
