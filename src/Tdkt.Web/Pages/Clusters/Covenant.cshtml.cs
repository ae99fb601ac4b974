using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Giao ước thi đua: the signed covenant of a year as a PDF/DOCX (≤ 10 MB, SHA-256 kept); download for
/// everyone who sees the cluster.</summary>
[RequestSizeLimit(Uploads.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxDocumentBytes + 1024 * 1024)]
public sealed class CovenantModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : ClusterPageBase(db, me)
{
    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? SignedOn { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<(ClusterCovenant Covenant, StoredFileInfo File)> Covenants { get; private set; } = [];

    public sealed record StoredFileInfo(string FileName, long Length, string Sha256);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int covenantId, CancellationToken ct)
    {
        var scope = await Me.ScopeAsync(ct);
        var file = await (from c in Db.ClusterCovenants
                          join f in Db.StoredFiles on c.FileId equals f.Id
                          where c.Id == covenantId && c.ClusterId == id && Db.VisibleClusters(scope).Any(x => x.Id == c.ClusterId)
                          select f).AsNoTracking().SingleOrDefaultAsync(ct);
        return file is null ? NotFound() : FileResults.Attachment(this, file);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await ListAsync(ct);
        var signed = OrgUnits.OrgUnitAdmin.ParseDate(SignedOn, "SignedOn", "Ngày ký", required: false);
        if (signed.IsFailure)
        {
            return Fail(signed.Error!, string.Empty);
        }

        if (Upload is null)
        {
            return Fail(new ValidationError("Upload", "Hãy chọn tệp văn bản giao ước (PDF hoặc DOCX)."), string.Empty);
        }

        var bytes = await FileResults.ReadAsync(Upload, Uploads.MaxDocumentBytes, ct);
        var kind = Uploads.CheckDocument("Upload", Upload.FileName, bytes);
        if (kind.IsFailure)
        {
            return Fail(kind.Error!, string.Empty);
        }

        var file = FileResults.NewFile(Upload.FileName, kind.Value!, bytes, Cluster.OwnerOrgUnitId, Me.UserId, clock.GetUtcNow());
        Db.StoredFiles.Add(file);
        var covenant = ClusterCovenant.Create(Cluster.Id, Year ?? 0, Title, signed.Value, file.Id);
        if (covenant.IsFailure)
        {
            Db.ChangeTracker.Clear();
            return Fail(covenant.Error!, string.Empty);
        }

        Db.ClusterCovenants.Add(covenant.Value!);
        return await SaveAsync("Lưu giao ước thi đua", null, $"Đã lưu giao ước thi đua năm {Year}.", ct, string.Empty);
    }

    private async Task ListAsync(CancellationToken ct)
    {
        var rows = await (from c in Db.ClusterCovenants.AsNoTracking()
                          join f in Db.StoredFiles.AsNoTracking() on c.FileId equals f.Id
                          where c.ClusterId == Cluster.Id
                          orderby c.Year descending
                          select new { c, f.FileName, f.Length, f.Sha256 }).ToListAsync(ct);
        Covenants = rows.Select(r => (r.c, new StoredFileInfo(r.FileName, r.Length, r.Sha256))).ToList();
    }
}
