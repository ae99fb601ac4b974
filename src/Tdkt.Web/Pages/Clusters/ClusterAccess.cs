using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>
/// Who may do what with a cluster/bloc (ADR-0007). Seen: any grant on the organiser unit or on a member unit.
/// Organiser: Admin or Appraiser whose subtree holds the organiser unit (manages the cluster, its sheets, and
/// reviews every card). Leader of a year: Admin or UnitClerk of that year's leader unit (reviews the other
/// members' cards of that year). Scorer: UnitClerk or Admin of a member unit (its own card only).
/// </summary>
public static class ClusterAccess
{
    public static readonly Role[] OrganiserRoles = [Role.Admin, Role.Appraiser];
    public static readonly Role[] ScorerRoles = [Role.UnitClerk, Role.Admin];

    /// <summary>Clusters the caller may see: organiser unit or a member unit inside the caller's scope.</summary>
    public static IQueryable<EmulationCluster> VisibleClusters(this TdktDbContext db, OrgScope scope)
    {
        var units = db.OrgUnits.VisibleTo(scope).Select(u => u.Id);
        return db.EmulationClusters.Where(c => units.Contains(c.OwnerOrgUnitId) || c.Members.Any(m => units.Contains(m.OrgUnitId)));
    }

    /// <summary>Clusters the caller organises (Admin or Appraiser over the organiser unit).</summary>
    public static IQueryable<EmulationCluster> OrganisedClusters(this TdktDbContext db, OrgScope scope)
    {
        var units = db.OrgUnits.VisibleTo(scope, OrganiserRoles).Select(u => u.Id);
        return db.EmulationClusters.Where(c => units.Contains(c.OwnerOrgUnitId));
    }

    public static async Task<ClusterRights> RightsAsync(TdktDbContext db, OrgScope scope, EmulationCluster cluster, int year, CancellationToken ct)
    {
        var leadership = cluster.LeadershipIn(year);
        var ids = cluster.Members.Select(m => m.OrgUnitId).Append(cluster.OwnerOrgUnitId).Distinct().ToList();
        var paths = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var organiser = scope.Covers(paths[cluster.OwnerOrgUnitId], OrganiserRoles);
        var leader = leadership is not null && paths.TryGetValue(leadership.LeaderOrgUnitId, out var lp) && scope.Covers(lp, ScorerRoles);
        var scorable = cluster.MembersIn(year).Select(m => m.OrgUnitId)
            .Where(id => scope.Covers(paths[id], ScorerRoles)).ToHashSet();
        return new ClusterRights(organiser, leader, leadership?.LeaderOrgUnitId, scorable);
    }

    /// <summary>Open units in the organiser's subtree, as select options (candidates for membership).</summary>
    public static async Task<List<SelectListItem>> SubtreeOptionsAsync(TdktDbContext db, int ownerOrgUnitId, CancellationToken ct)
    {
        var owner = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == ownerOrgUnitId, ct);
        var rows = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(owner.Path) && u.Id != owner.Id)
            .Select(u => new { u.Id, u.Name, u.Code }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name, StringComparer.Create(ViFormat.Culture, false))
            .Select(r => new SelectListItem($"{r.Name} ({r.Code})", r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static async Task<Dictionary<int, string>> UnitNamesAsync(TdktDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    public static string KindName(ClusterKind kind) => kind == ClusterKind.Bloc ? "Khối thi đua" : "Cụm thi đua";

    public static ConflictError ChangedByOthers() =>
        new("Dữ liệu đã được người khác thay đổi trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
}

/// <summary>The caller's rights on one cluster for one year.</summary>
public sealed record ClusterRights(bool IsOrganiser, bool IsLeader, int? LeaderUnitId, IReadOnlySet<int> ScorableUnitIds)
{
    /// <summary>Review (adjust) a member's card: the organiser always; the leader unit, except its own card.</summary>
    public bool CanReview(int orgUnitId) => IsOrganiser || (IsLeader && orgUnitId != LeaderUnitId);

    public bool CanReviewAny => IsOrganiser || IsLeader;

    public bool CanSeeCard(int orgUnitId) => CanReviewAny || ScorableUnitIds.Contains(orgUnitId);

    public bool CanScore(int orgUnitId) => ScorableUnitIds.Contains(orgUnitId);
}
