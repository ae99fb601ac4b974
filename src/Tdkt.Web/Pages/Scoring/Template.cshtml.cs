using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Scoring;

/// <summary>Tiêu chí chấm điểm: groups and sub-criteria with maximum points, bonus and penalty items with their
/// limits, evidence flags; then "Mở chấm điểm" freezes the template. Organiser only.</summary>
public sealed class TemplateModel(TdktDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public CriterionKind Kind { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? MaxPoints { get; set; }

    [BindProperty]
    public bool EvidenceRequired { get; set; }

    public LoadedSheet Loaded { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var max = ScoringAccess.ParsePoints(MaxPoints, "MaxPoints", "Điểm tối đa");
        if (max.IsFailure)
        {
            return this.ToPageResult(max.Error!, string.Empty);
        }

        if (max.Value is null)
        {
            return this.ToPageResult(new ValidationError("MaxPoints", "Hãy nhập điểm tối đa (hoặc mức giới hạn điểm thưởng, điểm trừ)."), string.Empty);
        }

        var r = Loaded.Sheet.AddCriterion(Kind, Group, Title, max.Value.Value, EvidenceRequired);
        return r.IsFailure ? this.ToPageResult(r.Error!, string.Empty) : await SaveAsync("Thêm tiêu chí chấm điểm", "Đã thêm tiêu chí.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int criterionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var r = Loaded.Sheet.RemoveCriterion(criterionId);
        return r.IsFailure ? this.ToPageResult(r.Error!, string.Empty) : await SaveAsync("Xóa tiêu chí chấm điểm", "Đã xóa tiêu chí.", ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var r = Loaded.Sheet.Open();
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!, string.Empty);
        }

        var result = await SaveAsync("Mở chấm điểm thi đua", "Đã mở chấm điểm: các đơn vị thành viên có thể tự chấm.", ct);
        return result is RedirectToPageResult ? RedirectToPage("Sheet", new { id }) : result;
    }

    private async Task<IActionResult> SaveAsync(string action, string success, CancellationToken ct)
    {
        db.AuditAction = action;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(Clusters.ClusterAccess.ChangedByOthers(), string.Empty);
        }

        TempData["Success"] = success;
        return RedirectToPage(new { id = Loaded.Sheet.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await ScoringAccess.LoadAsync(db, me, id, ct);
        if (loaded is null || !loaded.Rights.IsOrganiser)
        {
            return false;
        }

        Loaded = loaded;
        return true;
    }
}
