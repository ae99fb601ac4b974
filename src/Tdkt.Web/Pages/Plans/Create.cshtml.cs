using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Xây dựng kế hoạch: header and sections; tasks are added on the plan's page.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me, SavePlanHandler handler, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public PlanFormOptions Options { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? movementId, int? parentPlanId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await PlanFormOptions.LoadAsync(db, scope, null, ct);
        if (Options.OwnerUnits.Count == 0)
        {
            return NotFound();
        }

        Input.Year = clock.Today(settings).Year;
        Input.MovementId = movementId;
        Input.ParentPlanId = parentPlanId;
        if (movementId is { } mid && await db.VisibleMovements(scope).AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct) is { } m)
        {
            Input.Title = "Kế hoạch thực hiện " + m.Name;
            Input.LegalBases = "Thực hiện phong trào " + m.Name;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await PlanFormOptions.LoadAsync(db, scope, null, ct);
        var result = await handler.HandleAsync(new SavePlanCommand(null, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã tạo kế hoạch. Hãy thêm các nhiệm vụ.";
        return RedirectToPage("Details", new { id = result.Value });
    }
}
