using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Models;

/// <summary>One exemplary model with its photos; editors upload photos (JPEG/PNG ≤ 5 MB, SHA-256 kept).</summary>
[RequestSizeLimit(Uploads.MaxImageBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxImageBytes + 1024 * 1024)]
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IFormFile? Photo { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    public ExemplaryModel Item { get; private set; } = null!;
    public string UnitName { get; private set; } = string.Empty;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A photo of a model the caller sees (served inline with its stored type, nosniff).</summary>
    public async Task<IActionResult> OnGetPhotoAsync(int id, int photoId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var file = await (from m in db.Visible(scope)
                          from p in m.Photos
                          join f in db.StoredFiles on p.FileId equals f.Id
                          where m.Id == id && p.Id == photoId
                          select f).AsNoTracking().SingleOrDefaultAsync(ct);
        return file is null ? NotFound() : FileResults.Inline(this, file);
    }

    public async Task<IActionResult> OnPostPhotoAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanEdit)
        {
            return NotFound();
        }

        if (Photo is null)
        {
            return this.ToPageResult(new ValidationError("Photo", "Hãy chọn ảnh (JPEG hoặc PNG, tối đa 5 MB)."), string.Empty);
        }

        var bytes = await FileResults.ReadAsync(Photo, Uploads.MaxImageBytes, ct);
        var kind = Uploads.CheckImage("Photo", Photo.FileName, bytes);
        if (kind.IsFailure)
        {
            return this.ToPageResult(kind.Error!, string.Empty);
        }

        var file = FileResults.NewFile(Photo.FileName, kind.Value!, bytes, Item.OrgUnitId, me.UserId, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        var added = Item.AddPhoto(file.Id, Caption);
        if (added.IsFailure)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(added.Error!, string.Empty);
        }

        db.AuditAction = "Thêm ảnh điển hình";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Đã thêm ảnh.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var item = await db.Visible(scope).Include(m => m.Photos).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        UnitName = await db.OrgUnits.Where(u => u.Id == item.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        CanEdit = await db.Visible(scope, ModelAccess.EditorRoles).AnyAsync(m => m.Id == id, ct);
        return true;
    }
}
