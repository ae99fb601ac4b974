using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Movements;

/// <summary>The movement form (create and edit): lists are typed one item per line, parts separated by "|".</summary>
public sealed class MovementInput
{
    [Display(Name = "Tên phong trào")]
    public string? Name { get; set; }

    [Display(Name = "Đơn vị phát động")]
    public int LaunchingUnitId { get; set; }

    [Display(Name = "Cấp phát động")]
    public MovementLevel Level { get; set; } = MovementLevel.Province;

    [Display(Name = "Hình thức thi đua")]
    public MovementForm Form { get; set; } = MovementForm.Thematic;

    [Display(Name = "Từ (năm hoặc ngày)")]
    public string? From { get; set; }

    [Display(Name = "Đến (năm hoặc ngày)")]
    public string? To { get; set; }

    [Display(Name = "Cơ quan thường trực")]
    public int? StandingAgencyId { get; set; }

    [Display(Name = "Ghi chú về cơ quan thường trực")]
    public string? StandingAgencyNote { get; set; }

    [Display(Name = "Mục tiêu")]
    public string? Objectives { get; set; }

    [Display(Name = "Nội dung thi đua (mỗi dòng một nội dung)")]
    public string? ContentItems { get; set; }

    [Display(Name = "Đối tượng và tiêu chí (mỗi dòng: Đối tượng | Tiêu chí)")]
    public string? ParticipantGroups { get; set; }

    [Display(Name = "Hình thức khen thưởng dành cho phong trào (mỗi dòng: Mã | Số lượng | Đối tượng)")]
    public string? AwardQuotas { get; set; }

    [Display(Name = "Chỉ tiêu khen thưởng tập thể (toàn phong trào)")]
    public int? QuotaCollectives { get; set; }

    [Display(Name = "Chỉ tiêu khen thưởng cá nhân (toàn phong trào)")]
    public int? QuotaIndividuals { get; set; }

    [Display(Name = "Chỉ tiêu khen thưởng hộ gia đình (toàn phong trào)")]
    public int? QuotaHouseholds { get; set; }

    [Display(Name = "Mốc sơ kết, tổng kết (mỗi dòng: Tên | dd/MM/yyyy)")]
    public string? Milestones { get; set; }

    [Display(Name = "Căn cứ (mỗi dòng một văn bản)")]
    public string? LegalBases { get; set; }

    [Display(Name = "Thực hiện phong trào cấp trên")]
    public int? ParentMovementId { get; set; }

    public uint Version { get; set; }

    public static MovementInput Of(Movement m) => new()
    {
        Name = m.Name,
        LaunchingUnitId = m.LaunchingUnitId,
        Level = m.Level,
        Form = m.Form,
        From = ViFormat.Date(m.From),
        To = ViFormat.Date(m.To),
        StandingAgencyId = m.StandingAgencyId,
        StandingAgencyNote = m.StandingAgencyNote,
        Objectives = m.Objectives,
        ContentItems = LineList.Join(m.ContentItems),
        ParticipantGroups = LineList.Format(m.ParticipantGroups),
        AwardQuotas = LineList.Format(m.AwardQuotas),
        Milestones = LineList.Format(m.Milestones),
        LegalBases = LineList.Join(m.LegalBases),
        ParentMovementId = m.ParentMovementId,
        QuotaCollectives = m.QuotaCollectives,
        QuotaIndividuals = m.QuotaIndividuals,
        QuotaHouseholds = m.QuotaHouseholds,
        Version = m.Version,
    };

    public Result<MovementData> ToData()
    {
        var from = LineList.PeriodBound(From, false, "From", "Thời gian bắt đầu");
        if (from.IsFailure)
        {
            return from.Error!;
        }

        var to = LineList.PeriodBound(To, true, "To", "Thời gian kết thúc");
        if (to.IsFailure)
        {
            return to.Error!;
        }

        var quotas = LineList.AwardQuotas(AwardQuotas, "AwardQuotas");
        if (quotas.IsFailure)
        {
            return quotas.Error!;
        }

        var milestones = LineList.Milestones(Milestones, "Milestones");
        if (milestones.IsFailure)
        {
            return milestones.Error!;
        }

        return new MovementData(Name, LaunchingUnitId, Level, Form, from.Value, to.Value, StandingAgencyId, StandingAgencyNote, Objectives,
            LineList.Lines(ContentItems), LineList.ParticipantGroups(ParticipantGroups), quotas.Value!, milestones.Value!,
            LineList.Lines(LegalBases), ParentMovementId, QuotaCollectives ?? 0, QuotaIndividuals ?? 0, QuotaHouseholds ?? 0);
    }
}

public sealed class MovementFormOptions
{
    public List<SelectListItem> LaunchingUnits { get; init; } = [];
    public List<SelectListItem> AllUnits { get; init; } = [];
    public List<SelectListItem> Parents { get; init; } = [];

    public static List<SelectListItem> Levels() =>
        Enum.GetValues<MovementLevel>().Select(l => new SelectListItem(l.Vietnamese(), l.ToString())).ToList();

    public static List<SelectListItem> Forms() =>
        Enum.GetValues<MovementForm>().Select(l => new SelectListItem(l.Vietnamese(), l.ToString())).ToList();

    public static async Task<MovementFormOptions> LoadAsync(TdktDbContext db, Domain.Security.OrgScope scope, int? exceptId, CancellationToken ct) => new()
    {
        LaunchingUnits = await PlanningAccess.UnitOptionsAsync(db, scope, ct, PlanningAccess.Managers),
        AllUnits = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct),
        Parents = (await db.VisibleMovements(scope).AsNoTracking().Where(m => m.Id != exceptId).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
    };
}

public sealed record SaveMovementCommand(int? Id, MovementInput Input);

/// <summary>Create or edit: load scoped → authorize (manager on the launching unit) → domain → save once.</summary>
public sealed class SaveMovementHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(SaveMovementCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var data = cmd.Input.ToData();
        if (data.IsFailure)
        {
            return data.Error!;
        }

        var launcher = await db.OrgUnits.AsNoTracking().VisibleTo(scope, PlanningAccess.Managers)
            .SingleOrDefaultAsync(u => u.Id == cmd.Input.LaunchingUnitId, ct);
        if (launcher is null)
        {
            return new ValidationError("LaunchingUnitId", "Hãy chọn đơn vị phát động trong phạm vi bạn được giao.");
        }

        if (cmd.Input.StandingAgencyId is { } sa && !await db.SameTrees(scope).AnyAsync(u => u.Id == sa, ct))
        {
            return new ValidationError("StandingAgencyId", "Cơ quan thường trực không có trong danh sách đơn vị.");
        }

        if (cmd.Input.ParentMovementId is { } pm && !await db.VisibleMovements(scope).AnyAsync(m => m.Id == pm, ct))
        {
            return new ValidationError("ParentMovementId", "Phong trào cấp trên không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        Movement movement;
        if (cmd.Id is { } id)
        {
            var found = await db.VisibleMovements(scope).SingleOrDefaultAsync(m => m.Id == id, ct);
            if (found is null)
            {
                return new NotFoundError();
            }

            var owner = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == found.LaunchingUnitId, ct);
            if (!scope.CanManage(owner.Path))
            {
                return new ForbiddenError();
            }

            if (await IsCycleAsync(found.Id, cmd.Input.ParentMovementId, ct))
            {
                return new ValidationError("ParentMovementId", "Không thể chọn phong trào cấp dưới làm phong trào cấp trên.");
            }

            var edited = found.Edit(data.Value!);
            if (edited.IsFailure)
            {
                return edited.Error!;
            }

            if (await MovementQuotas.AllotmentProblemAsync(db, found.Id, found.Quota, null, ct) is { } allotted)
            {
                return allotted;
            }

            db.Entry(found).Property(m => m.Version).OriginalValue = cmd.Input.Version;
            movement = found;
            db.AuditAction = "Sửa phong trào thi đua";
        }
        else
        {
            var created = Movement.Create(data.Value!);
            if (created.IsFailure)
            {
                return created.Error!;
            }

            movement = created.Value!;
            db.Movements.Add(movement);
            db.AuditAction = "Phát động phong trào thi đua";
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Phong trào đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
        }

        return movement.Id;
    }

    private async Task<bool> IsCycleAsync(int selfId, int? parentId, CancellationToken ct)
    {
        var seen = new HashSet<int>();
        var current = parentId;
        while (current is { } c && seen.Add(c))
        {
            if (c == selfId)
            {
                return true;
            }

            current = await db.Movements.Where(m => m.Id == c).Select(m => m.ParentMovementId).SingleOrDefaultAsync(ct);
        }

        return false;
    }
}

/// <summary>The per-unit allotments of a movement (<see cref="QuotaAllotment"/> rows) checked against its total quota
/// with the domain rule (<see cref="Domain.Conferences.EventQuota.Validate"/>).</summary>
public static class MovementQuotas
{
    /// <summary>The first problem, or null; <paramref name="extra"/> is an allotment about to be added (not saved yet).</summary>
    public static async Task<ValidationError?> AllotmentProblemAsync(TdktDbContext db, int movementId, Domain.Conferences.EventQuota total,
        QuotaAllotment? extra, CancellationToken ct)
    {
        if (total.Total == 0)
        {
            return null; // no movement-wide quota: allotments are not limited by it
        }

        var rows = await db.QuotaAllotments.AsNoTracking().Where(q => q.MovementId == movementId).ToListAsync(ct);
        if (extra is not null)
        {
            rows.Add(extra);
        }

        var units = rows.GroupBy(r => r.OrgUnitId).Select(g => new Domain.Conferences.UnitQuota(g.Key,
            g.Where(r => r.SubjectKind == Domain.Awards.SubjectKind.Collective).Sum(r => r.Count),
            g.Where(r => r.SubjectKind == Domain.Awards.SubjectKind.Individual).Sum(r => r.Count),
            g.Where(r => r.SubjectKind == Domain.Awards.SubjectKind.Household).Sum(r => r.Count))).ToList();
        return (total with { Units = units }).Validate("phong trào");
    }
}
