using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

/// <summary>Per province (Admin of the root): the default council session settings — quorum 2/3 or 80 %, and whether
/// members from the nominee's unit may vote — offered when any council of the province schedules a session. Each
/// session keeps its own choice. Audited with the reason.</summary>
public sealed class SettingsModel(TdktDbContext db, CurrentUser me, AwardData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Provinces { get; private set; } = [];
    public string ProvinceName { get; private set; } = string.Empty;

    public sealed class InputModel
    {
        public QuorumRule Quorum { get; set; } = QuorumRule.TwoThirds;
        public bool ExcludeSameUnit { get; set; }
        public uint? Version { get; set; }
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var row = await db.Set<CouncilSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        var d = row?.ToDefaults() ?? CouncilDefaults.Standard;
        Input = new InputModel { Quorum = d.Quorum, ExcludeSameUnit = d.ExcludeSameUnit, Version = row?.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!Enum.IsDefined(Input.Quorum))
        {
            return this.ToPageResult(new ValidationError("Quorum", "Số thành viên dự họp tối thiểu: chọn 2/3 hoặc 80% tổng số thành viên Hội đồng."));
        }

        var reason = VietnameseText.Normalize(Input.Reason);
        if (reason.Length == 0)
        {
            return this.ToPageResult(new ValidationError("Reason", AwardPages.ReasonRequired));
        }

        var row = await db.Set<CouncilSetting>().SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        if (row is null)
        {
            row = new CouncilSetting { OrgUnitId = UnitId!.Value };
            db.Set<CouncilSetting>().Add(row);
        }
        else if (Input.Version != row.Version)
        {
            return this.ToPageResult(new ConflictError("Tham số vừa được người khác thay đổi. Hãy tải lại trang."));
        }

        row.Quorum = Input.Quorum;
        row.ExcludeSameUnit = Input.ExcludeSameUnit;
        db.AuditAction = "Sửa tham số mặc định phiên họp Hội đồng TĐKT";
        db.AuditReason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(new ConflictError("Tham số vừa được người khác thay đổi. Hãy tải lại trang."));
        }

        TempData["Success"] = $"Đã lưu tham số mặc định phiên họp Hội đồng của {ProvinceName}.";
        return RedirectToPage("Settings", new { unit = UnitId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var provinces = await data.AdministeredProvinces(await me.ScopeAsync(ct)).AsNoTracking()
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        UnitId ??= provinces.FirstOrDefault()?.Id;
        var chosen = provinces.SingleOrDefault(p => p.Id == UnitId);
        if (chosen is null)
        {
            return false;
        }

        ProvinceName = chosen.Name;
        Provinces = [.. provinces.Select(p => new SelectListItem(p.Name, p.Id.ToString(ViFormat.Culture), p.Id == UnitId))];
        return true;
    }
}
