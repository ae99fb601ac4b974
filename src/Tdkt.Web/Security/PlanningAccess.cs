using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>Who may see and do what with movements, plans, registrations and reports (ADR-0006).</summary>
public static class PlanningAccess
{
    /// <summary>Create/edit a movement, plan or report request for a unit: the standing body's staff.</summary>
    public static readonly Role[] Managers = [Role.Admin, Role.UnitClerk, Role.Appraiser];

    /// <summary>Report progress on a task, fill a report, write a registration: the unit's own clerk (or admin).</summary>
    public static readonly Role[] Reporters = [Role.Admin, Role.UnitClerk];

    /// <summary>Approve or return a registration of a unit below: admin or appraiser on an ancestor.</summary>
    public static readonly Role[] Reviewers = [Role.Admin, Role.Appraiser];

    public static bool CanManage(this OrgScope scope, string unitPath) => scope.Covers(unitPath, Managers);

    public static bool CanReport(this OrgScope scope, string unitPath) => scope.Covers(unitPath, Reporters);

    /// <summary>A grant on a strict ancestor: a unit never approves its own registration.</summary>
    public static bool CanReview(this OrgScope scope, string unitPath) =>
        scope.Grants.Any(g => Reviewers.Contains(g.Role) && g.Path != unitPath && OrgPath.IsWithin(unitPath, g.Path));

    /// <summary>
    /// Movements: launched inside the caller's scope, or launched by an ancestor of it (a movement is addressed to
    /// everyone below the launching unit), or with the standing agency in scope.
    /// </summary>
    public static IQueryable<Movement> VisibleMovements(this TdktDbContext db, OrgScope scope)
    {
        var visible = db.OrgUnits.VisibleTo(scope).Select(u => u.Id);
        var ancestors = scope.Roots().SelectMany(OrgPath.Ids).Distinct().ToList();
        return db.Movements.Where(m => visible.Contains(m.LaunchingUnitId) || ancestors.Contains(m.LaunchingUnitId)
            || (m.StandingAgencyId != null && visible.Contains(m.StandingAgencyId.Value)));
    }

    /// <summary>Plans: owned inside the caller's scope, or with a task led or coordinated by a unit in it.</summary>
    public static IQueryable<Plan> VisiblePlans(this TdktDbContext db, OrgScope scope)
    {
        var visible = db.OrgUnits.VisibleTo(scope);
        var ids = visible.Select(u => u.Id);
        return db.Plans.Where(p => ids.Contains(p.OwnerUnitId)
            || db.PlanTasks.Any(t => t.PlanId == p.Id
                && ((t.LeadUnitId != null && ids.Contains(t.LeadUnitId.Value)) || visible.Any(u => t.CoordinatingUnitIds.Contains(u.Id)))));
    }

    /// <summary>Report requests: requested by a unit in scope, or sent to one.</summary>
    public static IQueryable<ReportRequest> VisibleReportRequests(this TdktDbContext db, OrgScope scope)
    {
        var visible = db.OrgUnits.VisibleTo(scope);
        var ids = visible.Select(u => u.Id);
        // A successor of a recipient (ADR-0030) reports in its place, so sees the request.
        var successorOf = db.OrgUnitSuccessions.Where(s => ids.Contains(s.SuccessorId)).Select(s => s.PredecessorId);
        return db.ReportRequests.Where(r => ids.Contains(r.RequesterUnitId) || visible.Any(u => r.RecipientUnitIds.Contains(u.Id))
            || successorOf.Any(p => r.RecipientUnitIds.Contains(p)));
    }

    /// <summary>Registrations: of a unit in scope (any role).</summary>
    public static IQueryable<Registration> VisibleRegistrations(this TdktDbContext db, OrgScope scope)
    {
        var ids = db.OrgUnits.VisibleTo(scope).Select(u => u.Id);
        return db.Registrations.Where(r => ids.Contains(r.OrgUnitId));
    }

    /// <summary>Units as select options (name and code), limited to the caller's scope for the given roles.</summary>
    public static async Task<List<SelectListItem>> UnitOptionsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct, params Role[] roles)
    {
        var rows = await db.OrgUnits.AsNoTracking().VisibleTo(scope, roles)
            .Select(u => new { u.Id, u.Name, u.Code, u.Path, u.ValidTo }).ToListAsync(ct);
        return rows.OrderBy(r => r.Path.Count(c => c == '/')).ThenBy(r => r.Name, StringComparer.Create(ViFormat.Culture, false))
            .Select(r => new SelectListItem($"{r.Name} ({r.Code})" + (r.ValidTo is { } end ? $" — đến {ViFormat.Date(end)}" : string.Empty),
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Every unit of the caller's province trees (the roots their grants lie in), for picking recipients and lead units.</summary>
    public static IQueryable<OrgUnit> SameTrees(this TdktDbContext db, OrgScope scope)
    {
        var rootPaths = scope.Roots().Select(r => OrgPath.Root(OrgPath.Ids(r)[0])).Distinct().ToList();
        return db.OrgUnits.VisibleTo(new OrgScope(rootPaths.Select(p => new ScopeGrant(Role.Viewer, OrgPath.Ids(p)[0], p))));
    }

    public static async Task<List<SelectListItem>> TreeUnitOptionsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var rows = await db.SameTrees(scope).AsNoTracking().Select(u => new { u.Id, u.Name, u.Code, u.Path, u.ValidTo }).ToListAsync(ct);
        return rows.OrderBy(r => r.Path.Count(c => c == '/')).ThenBy(r => r.Name, StringComparer.Create(ViFormat.Culture, false))
            .Select(r => new SelectListItem($"{r.Name} ({r.Code})" + (r.ValidTo is { } end ? $" — đến {ViFormat.Date(end)}" : string.Empty),
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static string Actor(CurrentUser.Loaded? me) => me?.User.FullName ?? me?.User.UserName ?? "?";
}
