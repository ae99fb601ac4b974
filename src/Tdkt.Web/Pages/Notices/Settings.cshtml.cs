using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

/// <summary>Per province (Admin of the root): which forms are published for comment beyond those the law names, and
/// for how many working days.</summary>
public sealed class SettingsModel(TdktDbContext db, CurrentUser me, AwardData data, NominationChecks checks, NoticeService service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Provinces { get; private set; } = [];
    public string ProvinceName { get; private set; } = string.Empty;
    public IReadOnlyList<(AwardDefinition Award, bool ByLaw)> Awards { get; private set; } = [];

    public sealed class InputModel
    {
        public int WorkingDays { get; set; } = PublicNoticePolicy.DefaultWorkingDays;
        public List<string> ExtraAwardCodes { get; set; } = [];
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var row = await db.NoticeSettings().AsNoTracking().SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        Input = new InputModel { WorkingDays = row?.WorkingDays ?? PublicNoticePolicy.DefaultWorkingDays, ExtraAwardCodes = row?.ExtraAwardCodes ?? [] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Input.WorkingDays is < PublicNoticePolicy.DefaultWorkingDays or > PublicNoticePolicy.MaxWorkingDays)
        {
            return this.ToPageResult(new ValidationError("WorkingDays",
                $"Thời gian công khai: từ {PublicNoticePolicy.DefaultWorkingDays} (tối thiểu theo Nghị định 98/2023/NĐ-CP Điều 46) đến {PublicNoticePolicy.MaxWorkingDays} ngày làm việc."));
        }

        var unknown = Input.ExtraAwardCodes.FirstOrDefault(c => !AwardCodes.TryNormalize(c, out _));
        if (unknown is not null)
        {
            return this.ToPageResult(new ValidationError("ExtraAwardCodes", $"Hình thức khen thưởng: không có mã \"{unknown}\"."));
        }

        var reason = VietnameseText.Normalize(Input.Reason);
        if (reason.Length == 0)
        {
            return this.ToPageResult(new ValidationError("Reason", AwardPages.ReasonRequired));
        }

        var row = await db.NoticeSettings().SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        if (row is null)
        {
            row = new PublicNoticeSetting { OrgUnitId = UnitId!.Value };
            db.NoticeSettings().Add(row);
        }

        row.WorkingDays = Input.WorkingDays;
        row.ExtraAwardCodes = [.. Input.ExtraAwardCodes.Where(c => Awards.Any(a => a.Award.Code == c && !a.ByLaw)).Distinct().Order(StringComparer.Ordinal)];
        db.AuditAction = "Sửa tham số công khai, lấy ý kiến";
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

        TempData["Success"] = $"Đã lưu tham số công khai, lấy ý kiến của {ProvinceName}.";
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
        var list = new List<(AwardDefinition, bool)>();
        foreach (var code in AwardCodes.All)
        {
            var def = await checks.DefinitionAsync(code, service.Today, ct);
            list.Add((def, PublicNoticePolicy.RequiredByLaw(def)));
        }

        Awards = list;
        return true;
    }
}
