using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;

namespace Tdkt.Web.Documents;

/// <summary>Reads a province's document settings: the setting for the issuing body itself, else for its kind of body,
/// over the defaults (<see cref="DocumentProfile.Default"/>); and the province's emblem image.</summary>
public static class DocumentProfiles
{
    public static async Task<DocumentProfile> ForAsync(TdktDbContext db, DocumentKind kind, int issuingUnitId, IssuingBody body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        var defaults = DocumentProfile.Default(kind, body);
        var province = await ProvinceOfAsync(db, issuingUnitId, ct);
        if (province is null)
        {
            return defaults;
        }

        var rows = await db.DocumentSettings.AsNoTracking()
            .Where(s => s.OrgUnitId == province && s.DocumentKind == kind && (s.IssuingUnitId == issuingUnitId || (s.IssuingUnitId == null && s.BodyKind == body.Kind)))
            .ToListAsync(ct);
        var row = rows.FirstOrDefault(r => r.IssuingUnitId == issuingUnitId) ?? rows.FirstOrDefault();
        return row is null ? defaults : defaults.With(row.Grounds, row.Executors, row.Recipients, row.HeadTitle);
    }

    /// <summary>The root unit of the tree the unit belongs to (the province).</summary>
    public static async Task<int?> ProvinceOfAsync(TdktDbContext db, int unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = await db.UnitPathAsync(unitId, ct);
        var ids = path is null ? [] : OrgPath.Ids(path);
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>The province's emblem as a data: URI for the certificate page (null: none uploaded).</summary>
    public static async Task<string?> EmblemDataUriAsync(TdktDbContext db, int unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var province = await ProvinceOfAsync(db, unitId, ct);
        if (province is null)
        {
            return null;
        }

        var file = await (from e in db.DocumentEmblems.AsNoTracking()
                          join f in db.StoredFiles.AsNoTracking() on e.StoredFileId equals f.Id
                          where e.OrgUnitId == province
                          select new { f.ContentType, f.Content }).SingleOrDefaultAsync(ct);
        return file is null ? null : $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content)}";
    }
}
