using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Models;

/// <summary>Sửa điển hình (the unit stays); optimistic concurrency on xmin.</summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public ModelInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];
    public ExemplaryModel Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = ModelInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.OrgUnitId = Item.OrgUnitId;
        var r = Item.Edit(Input.ToData());
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!);
        }

        db.Entry(Item).Property(m => m.Version).OriginalValue = Input.Version;
        db.AuditAction = "Sửa điển hình tiên tiến";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(ClusterAccess.ChangedByOthers());
        }

        TempData["Success"] = "Đã lưu thay đổi.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var item = await db.Visible(scope, ModelAccess.EditorRoles).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == item.OrgUnitId, ct);
        Units = [new SelectListItem(unit.Name, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        return true;
    }
}
