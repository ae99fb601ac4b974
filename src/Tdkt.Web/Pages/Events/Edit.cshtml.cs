using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>Sửa hội nghị: only the organiser's staff (ADR-0009); others get 404.</summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me, SaveEventHandler handler) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventFormOptions Options { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || !(await db.PathsAsync(ev, ct)).CanManage(scope))
        {
            return NotFound();
        }

        var ids = ev.UnitQuotas.Select(u => u.OrgUnitId).ToList();
        var codes = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        Input = EventInput.From(ev, codes);
        Options = await EventFormOptions.LoadAsync(db, scope, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await EventFormOptions.LoadAsync(db, scope, id, ct);
        var result = await handler.HandleAsync(new SaveEventCommand(id, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu hội nghị.";
        return RedirectToPage("Details", new { id });
    }
}
