using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Certificates;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>Mẫu in bằng, giấy khen: field positions per issuing unit and award (or all its awards), for printing onto
/// pre-printed blanks. Admins of the unit (or above) only; other units answer 404.</summary>
public sealed class TemplatesModel(TdktDbContext db, CurrentUser me, SaveCertificateTemplateHandler handler, CertificateService certificates,
    CertificateSettings settings) : PageModel
{
    public sealed record UnitOption(int Id, string Name);
    public sealed record TemplateRow(int UnitId, string Unit, string? AwardCode, DateTimeOffset UpdatedAt, string UpdatedBy);

    public sealed class FieldInput
    {
        public CertificateField Field { get; set; }
        public string? XMm { get; set; }
        public string? YMm { get; set; }
        public string? Size { get; set; }
        public FieldAlign Align { get; set; }
        public bool OnBlank { get; set; }
    }

    public sealed class InputModel
    {
        public uint? Version { get; set; }
        public List<FieldInput> Fields { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Award { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public IReadOnlyList<TemplateRow> Templates { get; private set; } = [];
    public OrgUnit? Unit { get; private set; }
    public bool IsCustom { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Unit is not null)
        {
            var award = SaveCertificateTemplateHandler.NormalizeAward(Award);
            if (award.IsFailure)
            {
                return this.ToPageResult(award.Error!);
            }

            var row = await db.Set<CertificateTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.OrgUnitId == Unit.Id && t.AwardCode == award.Value, ct);
            IsCustom = row is not null;
            Input.Version = row?.Version;
            Input.Fields = [.. CertificateLayout.Merge(row is null ? null : CertificateService.Parse(row.FieldsJson)).Select(ToInput)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Unit is null)
        {
            return NotFound();
        }

        var parsed = Parse(Input.Fields);
        if (parsed.IsFailure)
        {
            return this.ToPageResult(parsed.Error!);
        }

        var saved = await handler.SaveAsync(new SaveCertificateTemplateCommand(Unit.Id, Award, Input.Version, parsed.Value!), ct);
        if (saved.IsFailure)
        {
            return this.ToPageResult(saved.Error!);
        }

        TempData["Success"] = "Đã lưu mẫu in bằng, giấy khen.";
        return RedirectToPage("Templates", new { UnitId, Award });
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var reset = await handler.ResetAsync(UnitId ?? 0, Award, ct);
        if (reset.IsFailure)
        {
            return reset.Error is NotFoundError ? NotFound() : this.ToPageResult(reset.Error!);
        }

        TempData["Success"] = "Đã trở về mẫu mặc định.";
        return RedirectToPage("Templates", new { UnitId, Award });
    }

    /// <summary>A sample certificate printed with the saved layout (blank = only the fields printed on blanks).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(bool blank, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Unit is null)
        {
            return NotFound();
        }

        if (!certificates.CanPrint)
        {
            ModelState.AddModelError(string.Empty, $"Máy chủ chưa cài trình duyệt Chromium (không tìm thấy “{settings.ChromiumPath}”) nên chưa in thử được.");
            return await OnGetAsync(ct);
        }

        var award = SaveCertificateTemplateHandler.NormalizeAward(Award);
        var code = award.Value ?? AwardCodes.Gk;
        var def = DefaultCatalogue.For(code, LegalBasis.Nd152_2025).Value ?? DefaultCatalogue.For(AwardCodes.Gk, LegalBasis.Nd152_2025).Value!;
        var facts = new CertificateFacts(Unit.Name, "Chủ tịch", "Nguyễn Văn Mẫu", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], def.Code, def.Name, def.Basis,
            SubjectKind.Individual, "Nguyễn Thị Hường", "Nữ", "Giáo viên, Trường Tiểu học Đoàn Kết", "Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025",
            null, "01/QĐ-UBND", new DateOnly(2025, 8, 15), 1, CertificateText.PlaceOf(Unit.Name) ?? "Lai Châu");
        var page = new CertificatePage(CertificateText.For(facts), await certificates.LayoutAsync(Unit.Id, code, ct),
            CertificateService.VerifyUrl(settings.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}{Request.PathBase}", "mau-in-thu"));
        try
        {
            return File(await certificates.PrintAsync([page], blank, ct), "application/pdf", blank ? "mau-in-phoi.pdf" : "mau-bang.pdf");
        }
        catch (Exception e) when (e is ChromiumMissingException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            ModelState.AddModelError(string.Empty, "Chưa in thử được: Chromium trên máy chủ không tạo được tệp PDF (lỗi hoặc quá thời gian). Hãy thử lại sau.");
            return await OnGetAsync(ct);
        }
    }

    public static string Mm(decimal v) => v.ToString("0.##", ViFormat.Culture);

    private static FieldInput ToInput(FieldPosition p) => new()
    {
        Field = p.Field, XMm = Mm(p.XMm), YMm = Mm(p.YMm), Size = Mm(p.Size), Align = p.Align, OnBlank = p.OnBlank,
    };

    /// <summary>Numbers as typed by Vietnamese users: "148,5" or "148.5".</summary>
    private static Result<IReadOnlyList<FieldPosition>> Parse(IReadOnlyList<FieldInput> rows)
    {
        if (rows.Count == 0)
        {
            return new ValidationError(string.Empty, "Không nhận được vị trí trường nào; hãy tải lại trang.");
        }

        var list = new List<FieldPosition>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var label = CertificateLayout.Label(r.Field);
            decimal? Num(string? raw) =>
                decimal.TryParse((raw ?? string.Empty).Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var v) ? v : null;
            var key = string.Create(CultureInfo.InvariantCulture, $"Fields[{i}]");
            if (Num(r.XMm) is not { } x)
            {
                return new ValidationError(key + ".XMm", $"Trường “{label}”: X phải là số milimét (ví dụ 148,5).");
            }

            if (Num(r.YMm) is not { } y)
            {
                return new ValidationError(key + ".YMm", $"Trường “{label}”: Y phải là số milimét (ví dụ 93).");
            }

            if (Num(r.Size) is not { } s)
            {
                return new ValidationError(key + ".Size", $"Trường “{label}”: cỡ phải là một số (cỡ chữ pt, hoặc cạnh hình mm).");
            }

            list.Add(new FieldPosition(r.Field, x, y, s, r.Align, r.OnBlank));
        }

        return list;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return false;
        }

        var admin = db.OrgUnits.AsNoTracking().VisibleTo(scope, Role.Admin);
        var signerUnits = db.RoleGrants.Where(g => g.Role == Role.Signer).Select(g => g.OrgUnitId);
        Units = await admin.Where(u => signerUnits.Contains(u.Id)).OrderBy(u => u.Path).Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
        Templates = await (from t in db.Set<CertificateTemplate>().AsNoTracking()
                           join u in admin on t.OrgUnitId equals u.Id
                           orderby u.Name, t.AwardCode
                           select new TemplateRow(u.Id, u.Name, t.AwardCode, t.UpdatedAt, t.UpdatedBy)).ToListAsync(ct);
        if (UnitId is { } id)
        {
            Unit = await handler.AdministeredUnitAsync(id, ct);
            if (Unit is null)
            {
                return false;
            }
        }

        return true;
    }
}
