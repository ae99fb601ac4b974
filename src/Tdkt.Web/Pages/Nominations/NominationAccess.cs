using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Who sees and acts on a dossier at which step (ADR-0008). Everything outside answers 404.</summary>
public static class NominationAccess
{
    /// <summary>The proposing side: the unit's clerk, an admin or a viewer covering the proposing unit.</summary>
    public static readonly Role[] ProposerSide = [Role.UnitClerk, Role.Admin, Role.Viewer];

    public static readonly Role[] Proposers = [Role.UnitClerk, Role.Admin];

    /// <summary>Roles held on the receiving body itself (a grant on exactly that unit).</summary>
    public static readonly Role[] BodyRoles = [Role.Appraiser, Role.Signer, Role.CouncilSecretary, Role.CouncilMember, Role.Admin];

    public static bool AtBody(OrgScope scope, int receivingUnitId, params Role[] roles) =>
        scope.Grants.Any(g => g.OrgUnitId == receivingUnitId && roles.Contains(g.Role));

    public static bool IsProposer(OrgScope scope, string proposingPath) => scope.Covers(proposingPath, Proposers);

    public static bool CanSee(OrgScope scope, string proposingPath, int receivingUnitId, DossierStatus status) =>
        scope.Covers(proposingPath, ProposerSide)
        || (status != DossierStatus.Draft && AtBody(scope, receivingUnitId, BodyRoles));

    /// <summary>With escalation (ADR-0013): a dossier made by escalation is also seen by the staff of the lower body that
    /// sent it (a grant of a body role on exactly its proposing unit).</summary>
    public static bool CanSee(OrgScope scope, string proposingPath, Dossier d) =>
        CanSee(scope, proposingPath, d.ReceivingUnitId, d.Status)
        || (d.OriginDossierId is not null && AtBody(scope, d.ProposingUnitId, BodyRoles));

    /// <summary>The proposing side; for a dossier made by escalation the appraiser, signer or admin of the lower body
    /// (they resubmit it and attach files after a return).</summary>
    public static bool IsProposerOf(OrgScope scope, string proposingPath, Dossier d) =>
        IsProposer(scope, proposingPath)
        || (d.OriginDossierId is not null && AtBody(scope, d.ProposingUnitId, Role.Appraiser, Role.Signer, Role.Admin));

    /// <summary>Trình cấp trên: the signer or the appraiser of the receiving body (ADR-0013).</summary>
    public static bool CanEscalate(OrgScope scope, int receivingUnitId) => AtBody(scope, receivingUnitId, Role.Signer, Role.Appraiser);

    public static bool CanAppraise(OrgScope scope, int receivingUnitId) => AtBody(scope, receivingUnitId, Role.Appraiser, Role.Admin);

    public static bool CanRecordCouncil(OrgScope scope, int receivingUnitId) =>
        AtBody(scope, receivingUnitId, Role.CouncilSecretary, Role.Appraiser, Role.Admin);

    public static bool CanSign(OrgScope scope, int receivingUnitId) => AtBody(scope, receivingUnitId, Role.Signer);

    /// <summary>Dossiers the caller may see, as SQL: the proposing side by subtree, the receiving body by exact unit.</summary>
    public static IQueryable<Dossier> Visible(TdktDbContext db, OrgScope scope)
    {
        var proposing = db.OrgUnits.VisibleTo(scope, ProposerSide).Select(u => u.Id);
        // A body inside a proposing-side subtree adds nothing: a dossier's receiving unit is always an ancestor of (or,
        // for the province, the same as) its proposing unit, so what such a body receives or escalated was proposed
        // inside that subtree. Dropping it spares the UNION; a province viewer's inbox read 7,600 dossiers by primary
        // key after a union of 11,500 ids (issue 17 load test).
        var proposerRoots = scope.Roots(ProposerSide);
        var bodies = scope.Grants.Where(g => BodyRoles.Contains(g.Role) && !proposerRoots.Any(r => OrgPath.IsWithin(g.Path, r)))
            .Select(g => g.OrgUnitId).Distinct().ToList();
        if (bodies.Count == 0)
        {
            return db.Dossiers.Where(d => proposing.Contains(d.ProposingUnitId));
        }

        // The ids of the three sides as a UNION, not one WHERE with OR: each side uses its own index (proposing unit,
        // receiving unit), where the OR over a subquery made PostgreSQL read the whole dossiers table (ADR-0039).
        var ids = db.Dossiers.Where(d => proposing.Contains(d.ProposingUnitId)).Select(d => d.Id)
            .Union(db.Dossiers.Where(d => bodies.Contains(d.ReceivingUnitId) && d.Status != DossierStatus.Draft).Select(d => d.Id))
            .Union(db.Dossiers.Where(d => d.OriginDossierId != null && bodies.Contains(d.ProposingUnitId)).Select(d => d.Id));
        return db.Dossiers.Where(d => ids.Contains(d.Id));
    }

    /// <summary>The receiving body of a proposal from <paramref name="proposingPath"/>: for the grassroots level the
    /// nearest strict ancestor with an appraiser (e.g. UBND thành phố for a ward), for the provincial and higher
    /// levels the province (root).</summary>
    public static async Task<int?> ReceivingUnitAsync(TdktDbContext db, string proposingPath, Domain.Awards.DecidingLevel level, CancellationToken ct)
    {
        var ids = OrgPath.Ids(proposingPath);
        if (level != Domain.Awards.DecidingLevel.Grassroots)
        {
            return ids[0];
        }

        var ancestors = ids.Take(ids.Count - 1).ToList();
        var withAppraiser = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Appraiser && ancestors.Contains(g.OrgUnitId)).Select(g => g.OrgUnitId).Distinct().ToListAsync(ct);
        return ancestors.Where(withAppraiser.Contains).Select(i => (int?)i).LastOrDefault();
    }
}
