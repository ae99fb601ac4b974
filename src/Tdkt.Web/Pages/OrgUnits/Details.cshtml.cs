using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

public sealed class DetailsModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public OrgUnit Unit { get; private set; } = null!;
    public (int Id, string Name, bool Visible)? Parent { get; private set; }
    public IReadOnlyList<OrgUnit> Children { get; private set; } = [];
    public IReadOnlyList<SuccessionView> Successors { get; private set; } = [];
    public IReadOnlyList<SuccessionView> Predecessors { get; private set; } = [];
    public IReadOnlyList<(string Name, string Code)> Ancestors { get; private set; } = [];
    public bool CanAdmin { get; private set; }

    public sealed record SuccessionView(int UnitId, string UnitName, bool Visible, SuccessionKind Kind, DateOnly EffectiveOn, string? Note);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        CanAdmin = scope.Covers(unit.Path, Role.Admin);
        var visible = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        if (unit.ParentId is { } pid)
        {
            var p = await db.OrgUnits.AsNoTracking().Where(u => u.Id == pid).Select(u => new { u.Id, u.Name }).SingleAsync(ct);
            Parent = (p.Id, p.Name, await visible.AnyAsync(u => u.Id == pid, ct));
        }

        var ancestorIds = OrgPath.Ids(unit.Path).Where(x => x != unit.Id).ToList();
        Ancestors = (await db.OrgUnits.AsNoTracking().Where(u => ancestorIds.Contains(u.Id)).OrderBy(u => u.Path)
            .Select(u => new { u.Name, u.Code }).ToListAsync(ct)).Select(a => (a.Name, a.Code)).ToList();
        Children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.ValidTo != null).ThenBy(u => u.Name).ToListAsync(ct);

        var visibleIds = visible.Select(u => u.Id);
        Successors = await (from s in db.OrgUnitSuccessions.AsNoTracking()
                            join u in db.OrgUnits.AsNoTracking() on s.SuccessorId equals u.Id
                            where s.PredecessorId == id
                            select new SuccessionView(u.Id, u.Name, visibleIds.Contains(u.Id), s.Kind, s.EffectiveOn, s.Note)).ToListAsync(ct);
        Predecessors = await (from s in db.OrgUnitSuccessions.AsNoTracking()
                              join u in db.OrgUnits.AsNoTracking() on s.PredecessorId equals u.Id
                              where s.SuccessorId == id
                              select new SuccessionView(u.Id, u.Name, visibleIds.Contains(u.Id), s.Kind, s.EffectiveOn, s.Note)).ToListAsync(ct);
        return Page();
    }
}
