using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Trình cấp trên (ADR-0013): the signer or appraiser of the receiving body sees which passed nominees go up
/// and to whom, and confirms; the central level's outcome is recorded here too (handler "Central").</summary>
public sealed class EscalateModel(TdktDbContext db, EscalationPlanner planner) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public EscalationPlan Plan { get; private set; } = null!;

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public bool Awarded { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Version = Dossier.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] EscalateDossierHandler handler, CancellationToken ct)
    {
        var r = await handler.HandleAsync(id, Version, ct);
        if (r.IsFailure)
        {
            return await FailAsync(id, r.Error!, ct);
        }

        TempData["Success"] = r.Value is null ? "Đã ghi nhận trình cấp Trung ương." : "Đã trình cấp trên.";
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostCentralAsync(int id, [FromServices] RecordCentralOutcomeHandler handler, CancellationToken ct)
    {
        var r = await handler.HandleAsync(id, Version, Awarded, Text, ct);
        if (r.IsFailure)
        {
            return await FailAsync(id, r.Error!, ct);
        }

        TempData["Success"] = "Đã ghi kết quả của cấp Trung ương.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult> FailAsync(int id, Error error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (error is NotFoundError or ForbiddenError || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return this.ToPageResult(error, inputPrefix: string.Empty);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await planner.HandleAsync(id, ct);
        if (plan.Value is not { } p)
        {
            return false;
        }

        Plan = p;
        Dossier = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id, ct);
        return true;
    }
}
