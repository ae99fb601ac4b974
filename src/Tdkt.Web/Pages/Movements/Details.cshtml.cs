using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Movements;

/// <summary>A movement with its chain up, its children down, the linked plans and who has responded.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Link(int Id, string Title, string Unit, bool Visible);

    public Movement Movement { get; private set; } = null!;
    public string LaunchingUnit { get; private set; } = string.Empty;
    public string? StandingAgency { get; private set; }
    public IReadOnlyList<Link> Chain { get; private set; } = [];
    public IReadOnlyList<Link> Children { get; private set; } = [];
    public IReadOnlyList<Link> Plans { get; private set; } = [];
    public IReadOnlyList<Link> Reports { get; private set; } = [];
    public IReadOnlyList<Link> Events { get; private set; } = [];
    public IReadOnlyList<ResponseRow>? Responses { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanRespond { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var m = await db.VisibleMovements(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return NotFound();
        }

        Movement = m;
        var launcher = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == m.LaunchingUnitId, ct);
        LaunchingUnit = launcher.Name;
        StandingAgency = m.StandingAgencyId is { } sa ? await db.OrgUnits.Where(u => u.Id == sa).Select(u => u.Name).SingleAsync(ct) : null;
        CanManage = scope.CanManage(launcher.Path);
        CanRespond = scope.Has(Domain.Security.Role.Admin) || scope.Has(Domain.Security.Role.UnitClerk) || scope.Has(Domain.Security.Role.Appraiser);
        var visibleMovements = db.VisibleMovements(scope).Select(x => x.Id);

        var chain = new List<Link>();
        var parent = m.ParentMovementId;
        while (parent is { } p && chain.Count < 20)
        {
            var row = await (from x in db.Movements join u in db.OrgUnits on x.LaunchingUnitId equals u.Id where x.Id == p
                             select new { x.Id, x.Name, Unit = u.Name, x.ParentMovementId, Visible = visibleMovements.Contains(x.Id) }).SingleAsync(ct);
            chain.Add(new Link(row.Id, row.Name, row.Unit, row.Visible));
            parent = row.ParentMovementId;
        }

        chain.Reverse();
        Chain = chain;
        Children = await (from x in db.VisibleMovements(scope) join u in db.OrgUnits on x.LaunchingUnitId equals u.Id
                          where x.ParentMovementId == id orderby u.Name
                          select new Link(x.Id, x.Name, u.Name, true)).ToListAsync(ct);
        Plans = await (from p in db.VisiblePlans(scope) join u in db.OrgUnits on p.OwnerUnitId equals u.Id
                       where p.MovementId == id orderby u.Name
                       select new Link(p.Id, p.Title, u.Name, true)).ToListAsync(ct);
        Reports = await (from r in db.VisibleReportRequests(scope) join u in db.OrgUnits on r.RequesterUnitId equals u.Id
                         where r.MovementId == id
                         select new Link(r.Id, r.Title, u.Name, true)).ToListAsync(ct);
        Events = await (from e in db.VisibleEvents(scope) join u in db.OrgUnits on e.OrganiserUnitId equals u.Id
                        where e.MovementId == id orderby u.Name
                        select new Link(e.Id, e.Title, u.Name, true)).ToListAsync(ct);

        // Response tracking: only the launching level (a grant covering the launching unit) sees the whole subtree.
        if (scope.Covers(launcher.Path))
        {
            var children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == launcher.Id)
                .Select(u => new ResponderCandidate(u.Id, u.Name, u.Kind, u.Path, u.ValidFrom, u.ValidTo)).ToListAsync(ct);
            var linkedPlans = await (from p in db.Plans join u in db.OrgUnits on p.OwnerUnitId equals u.Id where p.MovementId == id
                                     select new LinkedResponse(u.Id, u.Path, p.Title, p.Id, null)).ToListAsync(ct);
            var linkedMovements = await (from x in db.Movements join u in db.OrgUnits on x.LaunchingUnitId equals u.Id where x.ParentMovementId == id
                                         select new LinkedResponse(u.Id, u.Path, x.Name, null, x.Id)).ToListAsync(ct);
            Responses = ResponseTracking.Compute(m.From, m.To, clock.Today(settings), children, linkedPlans.Concat(linkedMovements));
        }

        return Page();
    }
}
