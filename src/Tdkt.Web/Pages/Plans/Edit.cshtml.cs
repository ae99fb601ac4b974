using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

public sealed class EditModel(TdktDbContext db, CurrentUser me, SavePlanHandler handler) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public PlanFormOptions Options { get; private set; } = new();
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var p = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || !scope.CanManage(await db.OrgUnits.Where(u => u.Id == p.OwnerUnitId).Select(u => u.Path).SingleAsync(ct)))
        {
            return NotFound();
        }

        Id = id;
        Input = PlanInput.From(p);
        Options = await PlanFormOptions.LoadAsync(db, scope, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Id = id;
        Options = await PlanFormOptions.LoadAsync(db, scope, id, ct);
        var result = await handler.HandleAsync(new SavePlanCommand(id, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu thay đổi của kế hoạch.";
        return RedirectToPage("Details", new { id });
    }
}
