using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>Tạo hội nghị sơ kết, tổng kết, biểu dương hoặc đại hội thi đua.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me, SaveEventHandler handler, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventFormOptions Options { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? parentEventId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await EventFormOptions.LoadAsync(db, scope, null, ct);
        if (Options.Organisers.Count == 0)
        {
            return NotFound();
        }

        Input.Year = clock.Today(settings).Year;
        Input.ParentEventId = parentEventId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await EventFormOptions.LoadAsync(db, scope, null, ct);
        var result = await handler.HandleAsync(new SaveEventCommand(null, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã tạo hội nghị.";
        return RedirectToPage("Details", new { id = result.Value });
    }
}
