using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Quota allotments (chỉ tiêu khen thưởng: e.g. 2 cá nhân, 1 hộ gia đình for a ward in a movement or a
/// conference) with their submission deadline. Admins and appraisers edit them for the units they cover; the
/// submit check of a dossier reads them. Everyone else gets 404.</summary>
public sealed class QuotasModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public static readonly Role[] Editors = [Role.Admin, Role.Appraiser];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed record Row(QuotaAllotment Q, string Unit, string Target);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> Movements { get; private set; } = [];
    public List<SelectListItem> Conferences { get; private set; } = [];

    public sealed class InputModel
    {
        public int? MovementId { get; set; }
        public int? ConferenceId { get; set; }
        public int OrgUnitId { get; set; }
        public SubjectKind Kind { get; set; } = SubjectKind.Individual;
        public int? Count { get; set; }
        public string? SubmitBefore { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await AllowedAsync(ct) ? await PageAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }

        var scope = await me.ScopeAsync(ct);
        var unitOk = await db.OrgUnits.AsNoTracking().VisibleTo(scope, Editors).AnyAsync(u => u.Id == Input.OrgUnitId, ct);
        DateOnly? deadline = null;
        if (!unitOk)
        {
            ModelState.AddModelError("Input.OrgUnitId", "Hãy chọn đơn vị được phân bổ trong phạm vi bạn được giao.");
        }

        if ((Input.MovementId is null) == (Input.ConferenceId is null))
        {
            ModelState.AddModelError("Input.MovementId", "Hãy chọn đúng một phong trào thi đua hoặc một hội nghị.");
        }
        else if (Input.MovementId is { } mid && !await db.Movements.AnyAsync(m => m.Id == mid, ct))
        {
            ModelState.AddModelError("Input.MovementId", "Không tìm thấy phong trào thi đua đã chọn.");
        }
        else if (Input.ConferenceId is { } cid && !await db.ConferenceEvents.AnyAsync(e => e.Id == cid, ct))
        {
            ModelState.AddModelError("Input.ConferenceId", "Không tìm thấy hội nghị đã chọn.");
        }

        if (Input.Count is not ({ } n and >= 0 and <= 10000))
        {
            ModelState.AddModelError("Input.Count", "Số lượng phân bổ là số nguyên từ 0 đến 10000.");
        }

        if (!string.IsNullOrWhiteSpace(Input.SubmitBefore))
        {
            if (ViFormat.TryParseDate(Input.SubmitBefore, out var d))
            {
                deadline = d;
            }
            else
            {
                ModelState.AddModelError("Input.SubmitBefore", $"Ngày \"{Input.SubmitBefore}\" không hợp lệ. Dùng dd/MM/yyyy.");
            }
        }

        if (ModelState.IsValid && await db.QuotaAllotments.AnyAsync(q => q.OrgUnitId == Input.OrgUnitId && q.SubjectKind == Input.Kind
                && q.MovementId == Input.MovementId && q.ConferenceId == Input.ConferenceId, ct))
        {
            ModelState.AddModelError("Input.Kind", $"Đơn vị này đã có chỉ tiêu {Input.Kind.Vietnamese().ToLowerInvariant()} cho đợt này; hãy xóa chỉ tiêu cũ trước khi nhập lại.");
        }

        var allotment = new QuotaAllotment
        {
            MovementId = Input.MovementId, ConferenceId = Input.ConferenceId, OrgUnitId = Input.OrgUnitId, SubjectKind = Input.Kind,
            Count = Input.Count ?? 0, SubmitBefore = deadline,
        };
        if (ModelState.IsValid && Input.MovementId is { } movementId
            && await Tdkt.Web.Pages.Movements.MovementQuotas.AllotmentProblemAsync(db, movementId,
                (await db.Movements.AsNoTracking().SingleAsync(m => m.Id == movementId, ct)).Quota, allotment, ct) is { } over)
        {
            ModelState.AddModelError("Input.Count", over.Message);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(ct);
        }

        db.QuotaAllotments.Add(allotment);
        db.AuditAction = "Phân bổ chỉ tiêu khen thưởng";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Đã lưu chỉ tiêu.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int quotaId, CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }

        var scope = await me.ScopeAsync(ct);
        var units = db.OrgUnits.VisibleTo(scope, Editors).Select(u => u.Id);
        var q = await db.QuotaAllotments.SingleOrDefaultAsync(x => x.Id == quotaId && units.Contains(x.OrgUnitId), ct);
        if (q is null)
        {
            return NotFound();
        }

        db.QuotaAllotments.Remove(q);
        db.AuditAction = "Xóa chỉ tiêu khen thưởng";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Đã xóa chỉ tiêu.";
        return RedirectToPage();
    }

    private async Task<bool> AllowedAsync(CancellationToken ct) => (await me.ScopeAsync(ct)).Grants.Any(g => Editors.Contains(g.Role));

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope, Editors);
        var list = await (from q in db.QuotaAllotments.AsNoTracking()
                          join u in units on q.OrgUnitId equals u.Id
                          orderby u.Path, q.Id
                          select new { q, u.Name }).Take(1000).ToListAsync(ct);
        var movementIds = list.Where(x => x.q.MovementId != null).Select(x => x.q.MovementId!.Value).Distinct().ToList();
        var conferenceIds = list.Where(x => x.q.ConferenceId != null).Select(x => x.q.ConferenceId!.Value).Distinct().ToList();
        var movements = await db.Movements.AsNoTracking().Where(m => movementIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var conferences = await db.ConferenceEvents.AsNoTracking().Where(e => conferenceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        Rows = [.. list.Select(x => new Row(x.q, x.Name, x.q.MovementId is { } m
            ? "Phong trào: " + movements.GetValueOrDefault(m, m.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : "Hội nghị: " + conferences.GetValueOrDefault(x.q.ConferenceId!.Value, x.q.ConferenceId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))))];
        Units = await PlanningAccess.UnitOptionsAsync(db, scope, ct, Editors);
        Movements = await db.Movements.AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
        Conferences = await db.ConferenceEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(500)
            .Select(e => new SelectListItem(e.Title, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
        return Page();
    }
}
