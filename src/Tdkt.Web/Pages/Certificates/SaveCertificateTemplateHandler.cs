using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Certificates;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Certificates;

public sealed record SaveCertificateTemplateCommand(int UnitId, string? AwardCode, uint? Version, IReadOnlyList<FieldPosition> Fields);

/// <summary>Field positions of a unit's certificates (per award or for all), edited by an Admin covering the unit.
/// Validated inside A4 landscape; concurrent edits are caught by the row version (xmin) and the unique key.</summary>
public sealed class SaveCertificateTemplateHandler(TdktDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>The unit if the caller administers it (Admin grant on it or above), else null (→ 404).</summary>
    public async Task<OrgUnit?> AdministeredUnitAsync(int unitId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        return unit is not null && scope.Covers(unit.Path, Role.Admin) ? unit : null;
    }

    public static Result<string?> NormalizeAward(string? awardCode)
    {
        var code = string.IsNullOrWhiteSpace(awardCode) ? null : awardCode.Trim().ToUpperInvariant();
        if (code is not null && DefaultCatalogue.All.All(d => d.Code != code))
        {
            return new ValidationError("AwardCode", $"Mã hình thức khen thưởng “{awardCode!.Trim()}” không có trong danh mục (ví dụ GK, BK_TINH, CSTDCS); để trống nếu mẫu dùng cho mọi hình thức.");
        }

        return code;
    }

    public async Task<Result> SaveAsync(SaveCertificateTemplateCommand cmd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cmd);
        if (await AdministeredUnitAsync(cmd.UnitId, ct) is null)
        {
            return new NotFoundError();
        }

        var award = NormalizeAward(cmd.AwardCode);
        if (award.IsFailure)
        {
            return award.Error!;
        }

        var valid = CertificateLayout.Validate(cmd.Fields);
        if (valid.IsFailure)
        {
            return valid;
        }

        var user = await me.GetAsync(ct);
        var templates = db.Set<CertificateTemplate>();
        var row = await templates.SingleOrDefaultAsync(t => t.OrgUnitId == cmd.UnitId && t.AwardCode == award.Value, ct);
        if (row is null)
        {
            row = new CertificateTemplate { OrgUnitId = cmd.UnitId, AwardCode = award.Value };
            templates.Add(row);
        }
        else if (cmd.Version is { } v)
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = v;
        }

        row.FieldsJson = JsonSerializer.Serialize(cmd.Fields, CertificateService.Json);
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user?.User.FullName ?? string.Empty;
        db.AuditAction = "Sửa mẫu in bằng, giấy khen";
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new ConflictError("Mẫu in vừa được người khác sửa. Hãy tải lại trang rồi nhập lại vị trí các trường.");
        }
    }

    /// <summary>Back to the built-in layout: the template row is removed (audited).</summary>
    public async Task<Result> ResetAsync(int unitId, string? awardCode, CancellationToken ct)
    {
        if (await AdministeredUnitAsync(unitId, ct) is null)
        {
            return new NotFoundError();
        }

        var award = NormalizeAward(awardCode);
        if (award.IsFailure)
        {
            return award.Error!;
        }

        var row = await db.Set<CertificateTemplate>().SingleOrDefaultAsync(t => t.OrgUnitId == unitId && t.AwardCode == award.Value, ct);
        if (row is not null)
        {
            db.Remove(row);
            db.AuditAction = "Xóa mẫu in bằng, giấy khen (về mẫu mặc định)";
            await db.SaveChangesAsync(ct);
        }

        return Result.Success();
    }
}
