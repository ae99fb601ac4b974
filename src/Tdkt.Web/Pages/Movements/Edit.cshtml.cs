using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Movements;

public sealed class EditModel(TdktDbContext db, CurrentUser me, SaveMovementHandler handler) : PageModel
{
    [BindProperty]
    public MovementInput Input { get; set; } = new();

    public MovementFormOptions Options { get; private set; } = new();
    public string Name { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var m = await db.VisibleMovements(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !await CanManageAsync(m.LaunchingUnitId, ct))
        {
            return NotFound();
        }

        Name = m.Name;
        Input = MovementInput.Of(m);
        Options = await MovementFormOptions.LoadAsync(db, scope, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await MovementFormOptions.LoadAsync(db, scope, id, ct);
        Name = Input.Name ?? string.Empty;
        var result = await handler.HandleAsync(new SaveMovementCommand(id, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu thay đổi của phong trào.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> CanManageAsync(int unitId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);
        return scope.CanManage(path);
    }
}
