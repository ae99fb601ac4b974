using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.DocumentSettings;

/// <summary>
/// Thể thức văn bản của tỉnh (issue 12 items 5 and 7): a provincial admin adjusts, per document kind and kind of
/// issuing body (or one body), the căn cứ list, the executors in the last Điều, "Nơi nhận" and the head's title; and
/// uploads the State emblem for certificates printed on plain paper. Other users answer 404.
/// </summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public sealed record ProvinceOption(int Id, string Name);
    public sealed record UnitOption(int Id, string Name);

    public sealed class InputModel
    {
        public DocumentKind DocumentKind { get; set; } = DocumentKind.Decision;
        public BodyKind BodyKind { get; set; } = BodyKind.LocalCommittee;
        public int? IssuingUnitId { get; set; }
        public string? Grounds { get; set; }
        public string? Executors { get; set; }
        public string? Recipients { get; set; }
        public string? HeadTitle { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int? Province { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Emblem { get; set; }

    [BindProperty]
    public int SettingId { get; set; }

    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public IReadOnlyList<DocumentSetting> Settings { get; private set; } = [];
    public ProvinceOption Current { get; private set; } = null!;
    public string? EmblemUri { get; private set; }

    public static string KindName(DocumentKind k) => k switch
    {
        DocumentKind.Submission => "Tờ trình đề nghị khen thưởng",
        DocumentKind.Decision => "Quyết định khen thưởng",
        DocumentKind.Revocation => "Quyết định hủy bỏ, thu hồi",
        DocumentKind.Plan => "Kế hoạch",
        _ => "Giấy mời",
    };

    public static string BodyName(BodyKind k) => k switch
    {
        BodyKind.ProvincialCommittee => "UBND tỉnh",
        BodyKind.LocalCommittee => "UBND xã, phường (và thành phố thuộc tỉnh trước 01/07/2025)",
        BodyKind.Agency => "Sở, ban, ngành",
        BodyKind.School => "Trường học",
        BodyKind.ServiceUnit => "Đơn vị sự nghiệp",
        _ => "Doanh nghiệp",
    };

    /// <summary>The defaults of the form's kinds, shown next to the form (a sample body of the kind).</summary>
    public DocumentProfile Defaults => DocumentProfile.Default(Input.DocumentKind, Sample(Input.BodyKind));

    public static IssuingBody Sample(BodyKind k) => k switch
    {
        BodyKind.ProvincialCommittee => new IssuingBody("UBND tỉnh", k, null),
        BodyKind.LocalCommittee => new IssuingBody("UBND phường", k, null),
        BodyKind.Agency => new IssuingBody("Sở", k, "UBND tỉnh"),
        _ => new IssuingBody("Đơn vị", k, null),
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Input.IssuingUnitId is { } unit && Units.All(u => u.Id != unit))
        {
            return this.ToPageResult(new ValidationError("IssuingUnitId", "Cơ quan ban hành không thuộc tỉnh đang chọn."));
        }

        if (string.IsNullOrWhiteSpace(Input.Grounds) && string.IsNullOrWhiteSpace(Input.Executors) && string.IsNullOrWhiteSpace(Input.Recipients)
            && string.IsNullOrWhiteSpace(Input.HeadTitle))
        {
            return this.ToPageResult(new ValidationError("Grounds", "Hãy nhập ít nhất một nội dung: căn cứ, người thi hành, nơi nhận hoặc chức danh người ký."));
        }

        if ((Input.Grounds?.Length ?? 0) > 4000 || (Input.Executors?.Length ?? 0) > 1000 || (Input.Recipients?.Length ?? 0) > 2000 || (Input.HeadTitle?.Length ?? 0) > 100)
        {
            return this.ToPageResult(new ValidationError("Grounds", "Nội dung quá dài: căn cứ tối đa 4.000 ký tự, người thi hành 1.000, nơi nhận 2.000, chức danh 100."));
        }

        var row = await db.DocumentSettings.SingleOrDefaultAsync(s => s.OrgUnitId == Current.Id && s.DocumentKind == Input.DocumentKind
            && s.BodyKind == Input.BodyKind && s.IssuingUnitId == Input.IssuingUnitId, ct);
        if (row is null)
        {
            row = new DocumentSetting { OrgUnitId = Current.Id, DocumentKind = Input.DocumentKind, BodyKind = Input.BodyKind, IssuingUnitId = Input.IssuingUnitId };
            db.DocumentSettings.Add(row);
        }

        row.Grounds = Blank(Input.Grounds);
        row.Executors = Blank(Input.Executors);
        row.Recipients = Blank(Input.Recipients);
        row.HeadTitle = Blank(Input.HeadTitle);
        row.UpdatedAt = clock.GetUtcNow();
        db.AuditAction = "Sửa thể thức văn bản của tỉnh";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã lưu: {KindName(Input.DocumentKind)} — {BodyName(Input.BodyKind)}.";
        return RedirectToPage(new { province = Current.Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var row = await db.DocumentSettings.SingleOrDefaultAsync(s => s.Id == SettingId && s.OrgUnitId == Current.Id, ct);
        if (row is null)
        {
            return NotFound();
        }

        db.DocumentSettings.Remove(row);
        db.AuditAction = "Xóa thể thức văn bản của tỉnh (trở về mặc định)";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Đã trở về thể thức mặc định.";
        return RedirectToPage(new { province = Current.Id });
    }

    /// <summary>The State emblem: PNG or JPEG decided from its bytes, at most 5 MB; anything else is refused naming the field.</summary>
    public async Task<IActionResult> OnPostEmblemAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Emblem is null || Emblem.Length == 0)
        {
            return this.ToPageResult(new ValidationError("Emblem", "Ảnh Quốc huy: hãy chọn tệp ảnh PNG hoặc JPEG (tối đa 5 MB)."), string.Empty);
        }

        if (Emblem.Length > Uploads.MaxImageBytes)
        {
            return this.ToPageResult(new ValidationError("Emblem", $"Ảnh Quốc huy: tệp quá lớn, tối đa {Uploads.MaxImageBytes / 1024 / 1024} MB."), string.Empty);
        }

        var bytes = await FileResults.ReadAsync(Emblem, Uploads.MaxImageBytes, ct);
        var kind = Uploads.CheckImage("Emblem", Emblem.FileName, bytes);
        if (kind.IsFailure)
        {
            return this.ToPageResult(new ValidationError("Emblem", "Ảnh Quốc huy: " + kind.Error!.Message), string.Empty);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var file = FileResults.NewFile(Emblem.FileName, kind.Value!, bytes, Current.Id, me.UserId, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        db.AuditAction = "Tải lên ảnh Quốc huy";
        await db.SaveChangesAsync(ct);
        var row = await db.DocumentEmblems.SingleOrDefaultAsync(e => e.OrgUnitId == Current.Id, ct);
        if (row is null)
        {
            db.DocumentEmblems.Add(new DocumentEmblem { OrgUnitId = Current.Id, StoredFileId = file.Id, UploadedAt = clock.GetUtcNow() });
        }
        else
        {
            row.StoredFileId = file.Id;
            row.UploadedAt = clock.GetUtcNow();
        }

        db.AuditAction = "Tải lên ảnh Quốc huy";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Success"] = "Đã lưu ảnh Quốc huy; bằng, giấy khen in trên giấy trắng sẽ dùng ảnh này.";
        return RedirectToPage(new { province = Current.Id });
    }

    public async Task<IActionResult> OnPostRemoveEmblemAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var row = await db.DocumentEmblems.SingleOrDefaultAsync(e => e.OrgUnitId == Current.Id, ct);
        if (row is not null)
        {
            db.DocumentEmblems.Remove(row);
            db.AuditAction = "Bỏ ảnh Quốc huy";
            await db.SaveChangesAsync(ct);
        }

        TempData["Success"] = "Đã bỏ ảnh Quốc huy (in trên phôi có sẵn Quốc huy).";
        return RedirectToPage(new { province = Current.Id });
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var provinces = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Province && u.ParentId == null)
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        Provinces = [.. provinces.Where(p => scope.Covers(p.Path, Role.Admin)).Select(p => new ProvinceOption(p.Id, p.Name))];
        var current = Provinces.FirstOrDefault(p => Province is null || p.Id == Province);
        if (current is null)
        {
            return false;
        }

        Current = current;
        var path = provinces.Single(p => p.Id == current.Id).Path;
        Units = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(path))
            .OrderBy(u => u.Path.Length).ThenBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name)).Take(2000).ToListAsync(ct);
        Settings = await db.DocumentSettings.AsNoTracking().Where(s => s.OrgUnitId == current.Id)
            .OrderBy(s => s.DocumentKind).ThenBy(s => s.BodyKind).ToListAsync(ct);
        EmblemUri = await Tdkt.Web.Documents.DocumentProfiles.EmblemDataUriAsync(db, current.Id, ct);
        return true;
    }
}
