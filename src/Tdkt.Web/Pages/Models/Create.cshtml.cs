using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Models;

/// <summary>Thêm điển hình tiên tiến, mô hình hay, người tốt việc tốt into a unit the caller edits for.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public ModelInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = await ModelAccess.EditableUnitOptionsAsync(db, await me.ScopeAsync(ct), ct);
        Input.Year = DateTime.UtcNow.Year;
        return Units.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Units = await ModelAccess.EditableUnitOptionsAsync(db, scope, ct);
        if (Units.Count == 0)
        {
            return NotFound();
        }

        if (Input.OrgUnitId is not { } unitId || !await db.OrgUnits.VisibleTo(scope, ModelAccess.EditorRoles).AnyAsync(u => u.Id == unitId, ct))
        {
            ModelState.AddModelError("Input.OrgUnitId", "Hãy chọn đơn vị của điển hình (trong phạm vi bạn quản lý).");
            return Page();
        }

        var created = ExemplaryModel.Create(unitId, Input.ToData());
        if (created.IsFailure)
        {
            return this.ToPageResult(created.Error!);
        }

        var model = created.Value!;
        db.ExemplaryModels.Add(model);
        await ModelAccess.EnsureUniqueSlugAsync(db, model, ct);
        db.AuditAction = "Thêm điển hình tiên tiến";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã thêm \"{model.Name}\".";
        return RedirectToPage("Details", new { id = model.Id });
    }
}
