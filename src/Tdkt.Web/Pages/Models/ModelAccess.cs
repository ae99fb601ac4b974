using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Models;

/// <summary>Exemplary models are scoped by their unit: anyone with a grant over it sees them; UnitClerk, Admin
/// or Appraiser over it edits them (ADR-0007).</summary>
public static class ModelAccess
{
    public static readonly Role[] EditorRoles = [Role.UnitClerk, Role.Admin, Role.Appraiser];

    public static IQueryable<ExemplaryModel> Visible(this TdktDbContext db, OrgScope scope, params Role[] roles)
    {
        var units = db.OrgUnits.VisibleTo(scope, roles).Select(u => u.Id);
        return db.ExemplaryModels.Where(m => units.Contains(m.OrgUnitId));
    }

    public static async Task<List<SelectListItem>> EditableUnitOptionsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var rows = await db.OrgUnits.AsNoTracking().VisibleTo(scope, EditorRoles).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Code }).Take(2000).ToListAsync(ct);
        return rows.Select(r => new SelectListItem($"{r.Name} ({r.Code})", r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Gives the model a slug nobody else uses ("ten-2023", "ten-2023-2"…).</summary>
    public static async Task EnsureUniqueSlugAsync(TdktDbContext db, ExemplaryModel model, CancellationToken ct)
    {
        for (var n = 2; await db.ExemplaryModels.AnyAsync(m => m.Slug == model.Slug && m.Id != model.Id, ct); n++)
        {
            model.UseSlugSuffix(n);
        }
    }
}

public sealed class ModelInput
{
    [Display(Name = "Loại điển hình")]
    public ExemplaryKind Kind { get; set; } = ExemplaryKind.Individual;

    [Display(Name = "Tên (cá nhân, tập thể, hộ, mô hình)")]
    public string? Name { get; set; }

    [Display(Name = "Đơn vị")]
    public int? OrgUnitId { get; set; }

    [Display(Name = "Năm")]
    public int? Year { get; set; }

    [Display(Name = "Mô tả thành tích, cách làm")]
    public string? Description { get; set; }

    [Display(Name = "Phong trào thi đua")]
    public string? Movement { get; set; }

    [Display(Name = "Đã được biểu dương, khen thưởng")]
    public bool Honoured { get; set; }

    [Display(Name = "Biểu dương tại (hội nghị, sự kiện)")]
    public string? HonouredAt { get; set; }

    [Display(Name = "Ghi chú nội bộ (không công khai)")]
    public string? InternalNote { get; set; }

    [Display(Name = "Công khai trang giới thiệu (không cần đăng nhập)")]
    public bool IsPublic { get; set; }

    public uint Version { get; set; }

    public ExemplaryModelData ToData() =>
        new(Kind, Name, Description, Year ?? 0, Movement, Honoured, HonouredAt, InternalNote, IsPublic);

    public static ModelInput From(ExemplaryModel m) => new()
    {
        Kind = m.Kind, Name = m.Name, OrgUnitId = m.OrgUnitId, Year = m.Year, Description = m.Description,
        Movement = m.Movement, Honoured = m.Honoured, HonouredAt = m.HonouredAt, InternalNote = m.InternalNote,
        IsPublic = m.IsPublic, Version = m.Version,
    };

    public static List<SelectListItem> KindOptions() =>
        Enum.GetValues<ExemplaryKind>().Select(k => new SelectListItem(k.Vietnamese(), k.ToString())).ToList();
}
