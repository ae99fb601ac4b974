using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>A plan: links up (movement, parent plan) and down (child plans), sections and the task table.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Link(int Id, string Title, string Unit);

    public Plan Plan { get; private set; } = null!;
    public string OwnerUnit { get; private set; } = string.Empty;
    public Link? Movement { get; private set; }
    public Link? Parent { get; private set; }
    public IReadOnlyList<Link> Children { get; private set; } = [];
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        var owner = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == plan.OwnerUnitId, ct);
        OwnerUnit = owner.Name;
        CanManage = scope.CanManage(owner.Path);
        if (plan.MovementId is { } mid)
        {
            Movement = await (from m in db.VisibleMovements(scope) join u in db.OrgUnits on m.LaunchingUnitId equals u.Id where m.Id == mid
                              select new Link(m.Id, m.Name, u.Name)).SingleOrDefaultAsync(ct);
        }

        if (plan.ParentPlanId is { } pid)
        {
            Parent = await (from p in db.VisiblePlans(scope) join u in db.OrgUnits on p.OwnerUnitId equals u.Id where p.Id == pid
                            select new Link(p.Id, p.Title, u.Name)).SingleOrDefaultAsync(ct);
        }

        Children = await (from p in db.VisiblePlans(scope) join u in db.OrgUnits on p.OwnerUnitId equals u.Id where p.ParentPlanId == id
                          select new Link(p.Id, p.Title, u.Name)).ToListAsync(ct);
        Tasks = await PlanQueries.TaskRowsAsync(db, scope, db.PlanTasks.Where(t => t.PlanId == id), clock.Today(settings), ct);
        return Page();
    }
}
