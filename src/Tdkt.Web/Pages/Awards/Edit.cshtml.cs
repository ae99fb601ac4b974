using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.OrgUnits;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Sửa một mục của danh mục (province Admin only), audited with the reason given.</summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me, AwardData data) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AwardCatalogueEntry Entry { get; private set; } = null!;

    public sealed class InputModel
    {
        [Display(Name = "Tên danh hiệu, hình thức")]
        public string? Name { get; set; }

        [Display(Name = "Xét tặng hằng năm")]
        public bool Annual { get; set; }

        [Display(Name = "Người quyết định")]
        public string? DecidedBy { get; set; }

        [Display(Name = "Người đề nghị")]
        public string? ProposedBy { get; set; }

        [Display(Name = "Hội đồng bỏ phiếu")]
        public bool BallotRequired { get; set; }

        [Display(Name = "Tỷ lệ phiếu đồng ý (% tổng số thành viên)")]
        public string? BallotThresholdPercent { get; set; }

        [Display(Name = "Thành phần hồ sơ")]
        public string? DossierParts { get; set; }

        [Display(Name = "Thời hạn giải quyết (ngày làm việc)")]
        public string? ProcessingWorkingDays { get; set; }

        [Display(Name = "Hệ số tiền thưởng")]
        public string? MoneyCoefficient { get; set; }

        [Display(Name = "Tập thể gấp 2 lần cá nhân")]
        public bool CollectiveDoubles { get; set; }

        [Display(Name = "Hộ gia đình gấp 1,5 lần cá nhân")]
        public bool HouseholdOneAndHalf { get; set; }

        [Display(Name = "Hiệu lực từ ngày")]
        public string? ValidFrom { get; set; }

        [Display(Name = "Hiệu lực đến ngày")]
        public string? ValidTo { get; set; }

        [Display(Name = "Lý do thay đổi")]
        public string? Reason { get; set; }

        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var e = Entry;
        Input = new InputModel
        {
            Name = e.Name, Annual = e.Annual, DecidedBy = e.DecidedBy, ProposedBy = e.ProposedBy, BallotRequired = e.BallotRequired,
            BallotThresholdPercent = AwardPages.Number(e.BallotThresholdPercent), DossierParts = e.DossierParts,
            ProcessingWorkingDays = e.ProcessingWorkingDays.ToString(ViFormat.Culture),
            MoneyCoefficient = e.MoneyCoefficient is { } k ? AwardPages.Number(k) : string.Empty,
            CollectiveDoubles = e.CollectiveDoubles, HouseholdOneAndHalf = e.HouseholdOneAndHalf,
            ValidFrom = ViFormat.Date(e.ValidFrom), ValidTo = ViFormat.Date(e.ValidTo), Version = e.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await SaveAsync(id, ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = $"Đã lưu thay đổi của \"{Input.Name}\" ({Entry.Code}).";
        return RedirectToPage("Index", new { basis = Entry.Basis });
    }

    private async Task<Result> SaveAsync(int id, CancellationToken ct)
    {
        var name = VietnameseText.Normalize(Input.Name);
        if (name.Length is 0 or > AwardCatalogueEntry.NameMaxLength)
        {
            return new ValidationError("Name", $"Tên danh hiệu, hình thức là bắt buộc và không quá {AwardCatalogueEntry.NameMaxLength} ký tự.");
        }

        var threshold = AwardPages.ParseDecimal(Input.BallotThresholdPercent, "BallotThresholdPercent", "Tỷ lệ phiếu đồng ý", 0m, 100m, required: Input.BallotRequired);
        if (threshold.IsFailure)
        {
            return threshold.Error!;
        }

        if (!int.TryParse(Input.ProcessingWorkingDays, out var days) || days is < 1 or > 365)
        {
            return new ValidationError("ProcessingWorkingDays", $"Thời hạn giải quyết \"{Input.ProcessingWorkingDays}\" không hợp lệ; hãy nhập số ngày làm việc từ 1 đến 365.");
        }

        var coefficient = AwardPages.ParseDecimal(Input.MoneyCoefficient, "MoneyCoefficient", "Hệ số tiền thưởng", 0m, 100m, required: false);
        if (coefficient.IsFailure)
        {
            return coefficient.Error!;
        }

        var from = OrgUnitAdmin.ParseDate(Input.ValidFrom, "ValidFrom", "Ngày bắt đầu hiệu lực", required: true);
        if (from.IsFailure)
        {
            return from.Error!;
        }

        var to = OrgUnitAdmin.ParseDate(Input.ValidTo, "ValidTo", "Ngày hết hiệu lực", required: false);
        if (to.IsFailure)
        {
            return to.Error!;
        }

        if (to.Value is { } end && end < from.Value!.Value)
        {
            return new ValidationError("ValidTo", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.");
        }

        var parts = (Input.DossierParts ?? string.Empty).Replace("\r", "", StringComparison.Ordinal).Trim();
        if (parts.Length > 4000 || parts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Any(l => l.Split('|', StringSplitOptions.TrimEntries)[0].Length == 0))
        {
            return new ValidationError("DossierParts", "Thành phần hồ sơ: mỗi dòng một giấy tờ, dạng \"MÃ | Tên giấy tờ\" (thêm \"| tùy trường hợp\" nếu không bắt buộc).");
        }

        var reason = VietnameseText.Normalize(Input.Reason);
        if (reason.Length == 0)
        {
            return new ValidationError("Reason", AwardPages.ReasonRequired);
        }

        var entry = await db.AwardCatalogue.SingleAsync(e => e.Id == id, ct);
        entry.Name = name;
        entry.Annual = Input.Annual;
        entry.DecidedBy = VietnameseText.Normalize(Input.DecidedBy);
        entry.ProposedBy = VietnameseText.Normalize(Input.ProposedBy);
        entry.BallotRequired = Input.BallotRequired;
        entry.BallotThresholdPercent = threshold.Value ?? 0m;
        entry.DossierParts = parts;
        entry.ProcessingWorkingDays = days;
        entry.MoneyCoefficient = coefficient.Value;
        entry.CollectiveDoubles = Input.CollectiveDoubles;
        entry.HouseholdOneAndHalf = Input.HouseholdOneAndHalf;
        entry.ValidFrom = from.Value!.Value;
        entry.ValidTo = to.Value;
        db.Entry(entry).Property(e => e.Version).OriginalValue = Input.Version;
        db.AuditAction = "Sửa danh mục khen thưởng";
        db.AuditReason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Mục danh mục đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
        }

        return Result.Success();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await AwardPages.IsCatalogueAdminAsync(data, await me.ScopeAsync(ct), ct))
        {
            return false;
        }

        var entry = await db.AwardCatalogue.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        Entry = entry!;
        return entry is not null;
    }
}
