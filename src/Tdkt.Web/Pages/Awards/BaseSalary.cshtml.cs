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

/// <summary>Mức lương cơ sở theo thời kỳ: everyone reads it; a province Admin adds or corrects a period (audited).</summary>
public sealed class BaseSalaryModel(TdktDbContext db, CurrentUser me, AwardData data) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<BaseSalaryRate> Rates { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Áp dụng từ ngày")]
        public string? From { get; set; }

        [Display(Name = "Mức lương cơ sở (đồng/tháng)")]
        public string? Amount { get; set; }

        [Display(Name = "Văn bản quy định")]
        public string? Source { get; set; }

        [Display(Name = "Chưa xác minh")]
        public bool Unverified { get; set; }

        [Display(Name = "Lý do thay đổi")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return NotFound();
        }

        var result = await SaveAsync(ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu mức lương cơ sở.";
        return RedirectToPage("BaseSalary");
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        var from = OrgUnitAdmin.ParseDate(Input.From, "From", "Ngày áp dụng", required: true);
        if (from.IsFailure)
        {
            return from.Error!;
        }

        var amount = AwardPages.ParseMoney(Input.Amount, "Amount", "Mức lương cơ sở");
        if (amount.IsFailure)
        {
            return amount.Error!;
        }

        var source = VietnameseText.Normalize(Input.Source);
        if (source.Length is 0 or > 250)
        {
            return new ValidationError("Source", "Hãy ghi văn bản quy định mức lương cơ sở (không quá 250 ký tự), ví dụ Nghị định 73/2024/NĐ-CP.");
        }

        var reason = VietnameseText.Normalize(Input.Reason);
        if (reason.Length == 0)
        {
            return new ValidationError("Reason", AwardPages.ReasonRequired);
        }

        var day = from.Value!.Value;
        var row = await db.BaseSalaryRates.SingleOrDefaultAsync(r => r.From == day, ct);
        if (row is null)
        {
            row = new BaseSalaryRate { From = day };
            await db.BaseSalaryRates.AddAsync(row, ct);
        }

        row.Amount = amount.Value;
        row.Source = source;
        row.Unverified = Input.Unverified;
        db.AuditAction = "Sửa mức lương cơ sở";
        db.AuditReason = reason;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = await AwardPages.IsCatalogueAdminAsync(data, await me.ScopeAsync(ct), ct);
        Rates = await db.BaseSalaryRates.AsNoTracking().OrderByDescending(r => r.From).ToListAsync(ct);
    }
}
