using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Movements;

/// <summary>Phát động phong trào: for a unit the caller manages (Admin, UnitClerk, Appraiser).</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me, SaveMovementHandler handler) : PageModel
{
    [BindProperty]
    public MovementInput Input { get; set; } = new();

    public MovementFormOptions Options { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? parentId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.ParentMovementId = parentId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new SaveMovementCommand(null, Input), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã phát động phong trào thi đua.";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Options = await MovementFormOptions.LoadAsync(db, scope, null, ct);
        return Options.LaunchingUnits.Count > 0;
    }
}
