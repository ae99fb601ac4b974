using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Xuất kế hoạch ra .docx theo thể thức Nghị định 30/2020, bảng nhiệm vụ làm phụ lục.</summary>
public sealed class ExportModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        var owner = await db.OrgUnits.AsNoTracking().Where(u => u.Id == plan.OwnerUnitId)
            .Select(u => new { u.Name, u.Kind, Parent = u.Parent == null ? null : u.Parent.Name }).SingleAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order).ToListAsync(ct);
        var leadIds = tasks.Where(t => t.LeadUnitId != null).Select(t => t.LeadUnitId!.Value)
            .Concat(tasks.SelectMany(t => t.CoordinatingUnitIds)).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => leadIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var rows = tasks.Select(t => new PlanDocxTask(t.Order, t.Content,
            t.LeadUnitId is { } l && names.TryGetValue(l, out var n) ? n : t.LeadUnitText ?? string.Empty,
            t.CoordinatingText ?? string.Join("; ", t.CoordinatingUnitIds.Select(c => names.GetValueOrDefault(c, string.Empty))),
            t.TimeframeText)).ToList();
        var bytes = PlanDocx.Build(new PlanDocxModel(plan, owner.Name, owner.Parent, rows, clock.Today(settings), owner.Kind));
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"ke-hoach-{plan.Id}.docx");
    }
}
