using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registrations;

/// <summary>One registration: the unit edits and submits; the upper level approves or returns with a reason.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, RegistrationHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Registration Registration { get; private set; } = null!;
    public string Unit { get; private set; } = string.Empty;
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }
    public IReadOnlyList<RegistrationStatusChange> History { get; private set; } = [];

    /// <summary>Per registered line, the award the registry holds for that year (not revoked), or null.</summary>
    public IReadOnlyList<string?> Results { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Chỉ tiêu, mục tiêu")]
        public string? Targets { get; set; }

        [Display(Name = "Danh hiệu đăng ký (mỗi dòng: Tập thể | Tên | Mã danh hiệu, hoặc Cá nhân | Họ tên | Mã danh hiệu)")]
        public string? Entries { get; set; }

        [Display(Name = "Lý do trả lại")]
        public string? Reason { get; set; }

        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Targets = Registration.Targets,
            Entries = RegistrationNames.FormatEntries(Registration.Entries),
            Version = Registration.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => ActAsync(id, RegistrationAction.Save, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => ActAsync(id, RegistrationAction.Submit, ct);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) => ActAsync(id, RegistrationAction.Approve, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) => ActAsync(id, RegistrationAction.Return, ct);

    private async Task<IActionResult> ActAsync(int id, RegistrationAction action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new RegistrationCommand(id, Input.Version, action, Input.Targets, Input.Entries, Input.Reason), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = action switch
        {
            RegistrationAction.Save => "Đã lưu bản đăng ký.",
            RegistrationAction.Submit => "Đã gửi bản đăng ký lên cấp trên.",
            RegistrationAction.Approve => "Đã duyệt bản đăng ký.",
            RegistrationAction.Return => "Đã trả lại bản đăng ký cho đơn vị.",
        };
        return RedirectToPage("Details", new { id });
    }

    /// <summary>
    /// Registration against results: a collective line matches the unit's own award record of that year and code; an
    /// individual line matches a person of the unit's subtree with the same name (accents and case folded).
    /// </summary>
    private async Task<IReadOnlyList<string?>> ResultsAsync(Registration reg, string unitPath, CancellationToken ct)
    {
        var codes = reg.Entries.Select(e => e.AwardCode).Distinct().ToList();
        var records = await (from a in db.AwardRecords.AsNoTracking()
                             where a.Year == reg.Year && codes.Contains(a.AwardCode) && !db.RevokedAwards.Any(r => r.AwardRecordId == a.Id)
                             join u in db.OrgUnits on a.OrgUnitId equals u.Id
                             where u.Path.StartsWith(unitPath)
                             join p in db.People on a.PersonId equals p.Id into people
                             from p in people.DefaultIfEmpty()
                             select new { a.AwardCode, a.PersonId, a.OrgUnitId, a.DecisionNumber, a.DecisionDate, Name = p == null ? null : p.FullName })
            .ToListAsync(ct);
        return reg.Entries.Select(e =>
        {
            var hit = e.Subject == RegistrationSubject.Collective
                ? records.FirstOrDefault(r => r.PersonId == null && r.OrgUnitId == reg.OrgUnitId && r.AwardCode == e.AwardCode)
                : records.FirstOrDefault(r => r.Name is not null && r.AwardCode == e.AwardCode
                    && VietnameseText.Fold(r.Name) == VietnameseText.Fold(e.Name));
            return hit is null ? null : $"Đạt — Quyết định {hit.DecisionNumber} ngày {ViFormat.Date(hit.DecisionDate)}";
        }).ToList();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var reg = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (reg is null)
        {
            return false;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == reg.OrgUnitId, ct);
        if (!scope.Covers(unit.Path) && !scope.CanReview(unit.Path))
        {
            return false;
        }

        Registration = reg;
        Unit = unit.Name;
        CanEdit = scope.CanReport(unit.Path) && reg.IsEditable;
        CanReview = scope.CanReview(unit.Path) && reg.Status == RegistrationStatus.Submitted;
        History = await db.RegistrationStatusChanges.AsNoTracking().Where(c => c.RegistrationId == id).OrderBy(c => c.At).ToListAsync(ct);
        Results = await ResultsAsync(reg, unit.Path, ct);
        return true;
    }
}
