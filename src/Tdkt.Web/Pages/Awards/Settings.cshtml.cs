using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Tham số xét khen thưởng theo tỉnh (TTLĐTT %, ngưỡng bỏ phiếu theo Nghị định 152…), per province the Admin covers.</summary>
public sealed class SettingsModel(TdktDbContext db, CurrentUser me, AwardData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Provinces { get; private set; } = [];
    public string ProvinceName { get; private set; } = string.Empty;
    public bool Stored { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Tỷ lệ Lao động tiên tiến tối thiểu để xét Tập thể lao động tiên tiến (%)")]
        public string? TtldttMinLdttPercent { get; set; }

        [Display(Name = "Thời hạn thẩm định khen thưởng cấp tỉnh (ngày làm việc)")]
        public int ProvincialProcessingWorkingDays { get; set; }

        [Display(Name = "Thời hạn bổ sung hồ sơ bị trả lại, mặc định (ngày làm việc; để trống: 10)")]
        public int? SupplementWorkingDays { get; set; }

        [Display(Name = "Tính lại chuỗi năm sau khi đã được khen")]
        public bool RestartRunAfterAward { get; set; }

        [Display(Name = "Bằng khen Thủ tướng: chỉ tính 5 năm sau Bằng khen tỉnh")]
        public bool BkTtgYearsAfterBkTinhOnly { get; set; }

        [Display(Name = "Chu kỳ CSTĐ cấp tỉnh liên tục (năm)")]
        public int CstdTinhCycleYears { get; set; }

        [Display(Name = "Tỷ lệ HTXSNV (%)")]
        public string? HtxsnvQuotaPercent { get; set; }

        [Display(Name = "Tỷ lệ HTXSNV cho đơn vị có thành tích nổi bật (%)")]
        public string? HtxsnvQuotaOutstandingPercent { get; set; }

        [Display(Name = "Ngưỡng phiếu CSTĐ toàn quốc (%)")]
        public string? CstdTq { get; set; }

        [Display(Name = "Ngưỡng phiếu CSTĐ cấp tỉnh (%)")]
        public string? CstdTinh { get; set; }

        [Display(Name = "Ngưỡng phiếu CSTĐ cơ sở (%)")]
        public string? Cstdcs { get; set; }

        [Display(Name = "Ngưỡng phiếu Cờ thi đua tỉnh (%)")]
        public string? CoTinh { get; set; }

        [Display(Name = "Ngưỡng phiếu Cờ thi đua Chính phủ (%)")]
        public string? CoCp { get; set; }

        [Display(Name = "Lý do thay đổi")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var row = await db.JurisdictionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        Stored = row is not null;
        var s = row ?? JurisdictionSetting.From(UnitId!.Value, JurisdictionSettings.Default);
        Input = new InputModel
        {
            TtldttMinLdttPercent = AwardPages.Number(s.TtldttMinLdttPercent), ProvincialProcessingWorkingDays = s.ProvincialProcessingWorkingDays,
            SupplementWorkingDays = s.SupplementWorkingDays ?? JurisdictionSettings.Default.SupplementWorkingDays,
            RestartRunAfterAward = s.RestartRunAfterAward, BkTtgYearsAfterBkTinhOnly = s.BkTtgYearsAfterBkTinhOnly,
            CstdTinhCycleYears = s.CstdTinhCycleYears, HtxsnvQuotaPercent = AwardPages.Number(s.HtxsnvQuotaPercent),
            HtxsnvQuotaOutstandingPercent = AwardPages.Number(s.HtxsnvQuotaOutstandingPercent),
            CstdTq = AwardPages.Number(s.CouncilThresholdCstdTq), CstdTinh = AwardPages.Number(s.CouncilThresholdCstdTinh),
            Cstdcs = AwardPages.Number(s.CouncilThresholdCstdcs), CoTinh = AwardPages.Number(s.CouncilThresholdCoTinh), CoCp = AwardPages.Number(s.CouncilThresholdCoCp),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await SaveAsync(ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = $"Đã lưu tham số xét khen thưởng của {ProvinceName}.";
        return RedirectToPage("Settings", new { unit = UnitId });
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        var values = new Dictionary<string, decimal>();
        foreach (var (field, text, label) in new[]
                 {
                     ("TtldttMinLdttPercent", Input.TtldttMinLdttPercent, "Tỷ lệ Lao động tiên tiến tối thiểu"),
                     ("HtxsnvQuotaPercent", Input.HtxsnvQuotaPercent, "Tỷ lệ HTXSNV"),
                     ("HtxsnvQuotaOutstandingPercent", Input.HtxsnvQuotaOutstandingPercent, "Tỷ lệ HTXSNV cho đơn vị nổi bật"),
                     ("CstdTq", Input.CstdTq, "Ngưỡng phiếu CSTĐ toàn quốc"), ("CstdTinh", Input.CstdTinh, "Ngưỡng phiếu CSTĐ cấp tỉnh"),
                     ("Cstdcs", Input.Cstdcs, "Ngưỡng phiếu CSTĐ cơ sở"), ("CoTinh", Input.CoTinh, "Ngưỡng phiếu Cờ thi đua tỉnh"),
                     ("CoCp", Input.CoCp, "Ngưỡng phiếu Cờ thi đua Chính phủ"),
                 })
        {
            var v = AwardPages.ParseDecimal(text, field, label, 0m, 100m, required: true);
            if (v.IsFailure)
            {
                return v.Error!;
            }

            values[field] = v.Value!.Value;
        }

        if (Input.ProvincialProcessingWorkingDays is < 1 or > 365)
        {
            return new ValidationError("ProvincialProcessingWorkingDays", "Thời hạn thẩm định phải từ 1 đến 365 ngày làm việc.");
        }

        if (Input.SupplementWorkingDays is < JurisdictionSettings.SupplementWorkingDaysMin or > JurisdictionSettings.SupplementWorkingDaysMax)
        {
            return new ValidationError("SupplementWorkingDays",
                $"Thời hạn bổ sung hồ sơ phải từ {JurisdictionSettings.SupplementWorkingDaysMin} đến {JurisdictionSettings.SupplementWorkingDaysMax} ngày làm việc.");
        }

        if (Input.CstdTinhCycleYears is < 1 or > 10)
        {
            return new ValidationError("CstdTinhCycleYears", "Chu kỳ CSTĐ cấp tỉnh phải từ 1 đến 10 năm.");
        }

        var reason = VietnameseText.Normalize(Input.Reason);
        if (reason.Length == 0)
        {
            return new ValidationError("Reason", AwardPages.ReasonRequired);
        }

        var row = await db.JurisdictionSettings.SingleOrDefaultAsync(s => s.OrgUnitId == UnitId, ct);
        if (row is null)
        {
            row = new JurisdictionSetting { OrgUnitId = UnitId!.Value };
            await db.JurisdictionSettings.AddAsync(row, ct);
        }

        row.TtldttMinLdttPercent = values["TtldttMinLdttPercent"];
        row.HtxsnvQuotaPercent = values["HtxsnvQuotaPercent"];
        row.HtxsnvQuotaOutstandingPercent = values["HtxsnvQuotaOutstandingPercent"];
        row.CouncilThresholdCstdTq = values["CstdTq"];
        row.CouncilThresholdCstdTinh = values["CstdTinh"];
        row.CouncilThresholdCstdcs = values["Cstdcs"];
        row.CouncilThresholdCoTinh = values["CoTinh"];
        row.CouncilThresholdCoCp = values["CoCp"];
        row.ProvincialProcessingWorkingDays = Input.ProvincialProcessingWorkingDays;
        row.SupplementWorkingDays = Input.SupplementWorkingDays;
        row.CstdTinhCycleYears = Input.CstdTinhCycleYears;
        row.RestartRunAfterAward = Input.RestartRunAfterAward;
        row.BkTtgYearsAfterBkTinhOnly = Input.BkTtgYearsAfterBkTinhOnly;
        db.AuditAction = "Sửa tham số xét khen thưởng";
        db.AuditReason = reason;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var provinces = await data.AdministeredProvinces(await me.ScopeAsync(ct)).AsNoTracking()
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        if (provinces.Count == 0)
        {
            return false;
        }

        UnitId ??= provinces[0].Id;
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
