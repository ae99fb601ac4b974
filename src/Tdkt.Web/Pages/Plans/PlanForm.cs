using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

public sealed class PlanInput
{
    [Display(Name = "Tên kế hoạch")]
    public string? Title { get; set; }

    [Display(Name = "Số ký hiệu")]
    public string? Number { get; set; }

    [Display(Name = "Đơn vị ban hành")]
    public int OwnerUnitId { get; set; }

    [Display(Name = "Năm của kế hoạch")]
    public int Year { get; set; }

    [Display(Name = "Ngày ban hành")]
    public string? IssuedOn { get; set; }

    [Display(Name = "Thực hiện phong trào")]
    public int? MovementId { get; set; }

    [Display(Name = "Kế hoạch cấp trên")]
    public int? ParentPlanId { get; set; }

    [Display(Name = "Căn cứ (mỗi dòng một văn bản)")]
    public string? LegalBases { get; set; }

    /// <summary>One text per <see cref="PlanSectionKind"/>, in enum order.</summary>
    public List<string?> Sections { get; set; } = [.. Enum.GetValues<PlanSectionKind>().Select(_ => (string?)null)];

    public uint Version { get; set; }

    public static PlanInput From(Plan p)
    {
        var input = new PlanInput
        {
            Title = p.Title,
            Number = p.Number,
            OwnerUnitId = p.OwnerUnitId,
            Year = p.Year,
            IssuedOn = ViFormat.Date(p.IssuedOn),
            MovementId = p.MovementId,
            ParentPlanId = p.ParentPlanId,
            LegalBases = LineList.Join(p.LegalBases),
            Version = p.Version,
        };
        foreach (var kind in Enum.GetValues<PlanSectionKind>())
        {
            input.Sections[(int)kind] = string.Join("\n\n", p.Sections.Where(s => s.Kind == kind).Select(s => s.Text));
        }

        return input;
    }

    public Result<PlanData> ToData()
    {
        DateOnly? issued = null;
        if (!string.IsNullOrWhiteSpace(IssuedOn))
        {
            if (!ViFormat.TryParseDate(IssuedOn, out var d))
            {
                return new ValidationError("IssuedOn", $"Ngày ban hành \"{IssuedOn.Trim()}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy.");
            }

            issued = d;
        }

        var sections = Enum.GetValues<PlanSectionKind>()
            .Where(k => (int)k < Sections.Count && !string.IsNullOrWhiteSpace(Sections[(int)k]))
            .Select(k => new PlanSection(k, k.Vietnamese(), Sections[(int)k]!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToList();
        return new PlanData(Title, Number, OwnerUnitId, Year, issued, MovementId, ParentPlanId, LineList.Lines(LegalBases), sections);
    }
}

public sealed class PlanFormOptions
{
    public List<SelectListItem> OwnerUnits { get; init; } = [];
    public List<SelectListItem> Movements { get; init; } = [];
    public List<SelectListItem> Parents { get; init; } = [];

    public static async Task<PlanFormOptions> LoadAsync(TdktDbContext db, Domain.Security.OrgScope scope, int? exceptId, CancellationToken ct) => new()
    {
        OwnerUnits = await PlanningAccess.UnitOptionsAsync(db, scope, ct, PlanningAccess.Managers),
        Movements = (await db.VisibleMovements(scope).AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
        Parents = (await db.VisiblePlans(scope).AsNoTracking().Where(p => p.Id != exceptId).OrderBy(p => p.Title).Select(p => new { p.Id, p.Title, p.Year }).ToListAsync(ct))
            .Select(p => new SelectListItem($"{p.Title} ({p.Year})", p.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
    };
}

public sealed record PlanFormView(PlanInput Input, PlanFormOptions Options, bool IsEdit);

public sealed record SavePlanCommand(int? Id, PlanInput Input);

public sealed class SavePlanHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(SavePlanCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var data = cmd.Input.ToData();
        if (data.IsFailure)
        {
            return data.Error!;
        }

        if (!await db.OrgUnits.VisibleTo(scope, PlanningAccess.Managers).AnyAsync(u => u.Id == cmd.Input.OwnerUnitId, ct))
        {
            return new ValidationError("OwnerUnitId", "Hãy chọn đơn vị ban hành trong phạm vi bạn được giao.");
        }

        if (cmd.Input.MovementId is { } mid && !await db.VisibleMovements(scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Phong trào không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        if (cmd.Input.ParentPlanId is { } pid && !await db.VisiblePlans(scope).AnyAsync(p => p.Id == pid, ct))
        {
            return new ValidationError("ParentPlanId", "Kế hoạch cấp trên không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        Plan plan;
        if (cmd.Id is { } id)
        {
            var found = await db.VisiblePlans(scope).SingleOrDefaultAsync(p => p.Id == id, ct);
            if (found is null)
            {
                return new NotFoundError();
            }

            var path = await db.OrgUnits.Where(u => u.Id == found.OwnerUnitId).Select(u => u.Path).SingleAsync(ct);
            if (!scope.CanManage(path))
            {
                return new ForbiddenError();
            }

            var edited = found.Edit(data.Value!);
            if (edited.IsFailure)
            {
                return edited.Error!;
            }

            db.Entry(found).Property(p => p.Version).OriginalValue = cmd.Input.Version;
            plan = found;
            db.AuditAction = "Sửa kế hoạch";
        }
        else
        {
            var created = Plan.Create(data.Value!);
            if (created.IsFailure)
            {
                return created.Error!;
            }

            plan = created.Value!;
            db.Plans.Add(plan);
            db.AuditAction = "Tạo kế hoạch";
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Kế hoạch đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
        }

        return plan.Id;
    }
}

/// <summary>A unit offered for a lead unit written as text.</summary>
public sealed class UnitSuggestion
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public double Score { get; set; }
}

/// <summary>
/// Matches a unit name written in a plan ("Phòng Nội vụ") to the tree, accent-insensitively: an exact name in the
/// plan owner's province, else a single unit in the owner's subtree whose name starts with the text. Anything else
/// is not matched; suggestions come from trigram similarity (pg_trgm) on the unaccented names.
/// </summary>
public static class UnitMatcher
{
    public static async Task<int?> MatchAsync(TdktDbContext db, string text, string ownerPath, CancellationToken ct)
    {
        var t = VietnameseText.Normalize(text);
        if (t.Length == 0)
        {
            return null;
        }

        var treePrefix = OrgPath.Root(OrgPath.Ids(ownerPath)[0]);
        var literal = t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var exact = await db.OrgUnits.Where(u => u.Path.StartsWith(treePrefix)
                && EF.Functions.ILike(TdktDbContext.Unaccent(u.Name), TdktDbContext.Unaccent(literal)))
            .Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        if (exact.Count == 1)
        {
            return exact[0].Id;
        }

        if (exact.Count > 1)
        {
            var inOwner = exact.Where(e => OrgPath.IsWithin(e.Path, ownerPath)).ToList();
            return inOwner.Count == 1 ? inOwner[0].Id : null;
        }

        var pattern = literal + "%";
        var prefixed = await db.OrgUnits.Where(u => u.Path.StartsWith(ownerPath)
                && EF.Functions.ILike(TdktDbContext.Unaccent(u.Name), TdktDbContext.Unaccent(pattern)))
            .Select(u => u.Id).Take(2).ToListAsync(ct);
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    public static async Task<List<UnitSuggestion>> SuggestAsync(TdktDbContext db, string text, string ownerPath, CancellationToken ct)
    {
        var treePrefix = OrgPath.Root(OrgPath.Ids(ownerPath)[0]) + "%";
        var t = VietnameseText.Normalize(text);
        return await db.Database.SqlQuery<UnitSuggestion>($"""
            SELECT "Id", "Name", similarity(public.f_unaccent(lower("Name")), public.f_unaccent(lower({t})))::float8 AS "Score"
            FROM org_units WHERE "Path" LIKE {treePrefix}
            ORDER BY "Path" LIKE {ownerPath + "%"} DESC, 3 DESC, "Name" LIMIT 5
            """).ToListAsync(ct);
    }
}
