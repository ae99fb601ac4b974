using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Plans;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

public sealed class EventInput
{
    [Display(Name = "Loại hội nghị")]
    public EventKind Kind { get; set; }

    [Display(Name = "Tên hội nghị")]
    public string? Title { get; set; }

    [Display(Name = "Đơn vị tổ chức")]
    public int OrganiserUnitId { get; set; }

    [Display(Name = "Cơ quan thường trực")]
    public int? StandingAgencyId { get; set; }

    [Display(Name = "Phong trào được sơ kết, tổng kết")]
    public int? MovementId { get; set; }

    [Display(Name = "Đại hội (hội nghị) cấp trên")]
    public int? ParentEventId { get; set; }

    [Display(Name = "Năm")]
    public int Year { get; set; }

    [Display(Name = "Thời gian (như văn bản ghi)")]
    public string? TimeText { get; set; }

    [Display(Name = "Ngày tổ chức cụ thể")]
    public string? ExactDate { get; set; }

    [Display(Name = "Địa điểm")]
    public string? Venue { get; set; }

    [Display(Name = "Chương trình (mỗi dòng một nội dung)")]
    public string? Agenda { get; set; }

    [Display(Name = "Thành phần đại biểu (mỗi dòng: Cấp | Thành phần | Số lượng)")]
    public string? DelegateGroups { get; set; }

    [Display(Name = "Tổng số đại biểu dự kiến")]
    public int? ExpectedDelegates { get; set; }

    [Display(Name = "Kinh phí (đồng)")]
    public string? BudgetAmount { get; set; }

    [Display(Name = "Nguồn kinh phí")]
    public string? FundingSource { get; set; }

    [Display(Name = "Quyết định giao kinh phí")]
    public string? BudgetDecision { get; set; }

    [Display(Name = "Tập thể")]
    public int QuotaCollectives { get; set; }

    [Display(Name = "Cá nhân")]
    public int QuotaIndividuals { get; set; }

    [Display(Name = "Hộ gia đình")]
    public int QuotaHouseholds { get; set; }

    [Display(Name = "Phân bổ theo đơn vị (mỗi dòng: Mã đơn vị | tập thể | cá nhân | hộ gia đình)")]
    public string? UnitQuotas { get; set; }

    [Display(Name = "Hạn gửi hồ sơ đề nghị khen thưởng")]
    public string? DossierDeadline { get; set; }

    [Display(Name = "Kế hoạch tổ chức (phân công thực hiện)")]
    public int? PlanId { get; set; }

    [Display(Name = "Phân công thực hiện — tạo kế hoạch mới (mỗi dòng: Đơn vị chủ trì | Nhiệm vụ | Thời hạn)")]
    public string? Assignments { get; set; }

    public uint Version { get; set; }

    public static EventInput From(ConferenceEvent e, IReadOnlyDictionary<int, string> codes) => new()
    {
        Kind = e.Kind,
        Title = e.Title,
        OrganiserUnitId = e.OrganiserUnitId,
        StandingAgencyId = e.StandingAgencyId,
        MovementId = e.MovementId,
        ParentEventId = e.ParentEventId,
        Year = e.Year,
        TimeText = e.TimeText,
        ExactDate = ViFormat.Date(e.ExactDate),
        Venue = e.Venue,
        Agenda = LineList.Join(e.Agenda),
        DelegateGroups = LineList.Join(e.DelegateGroups.Select(g => (g.Level.Length == 0 ? string.Empty : g.Level + " | ") + g.Name + " | " + g.Expected.ToString(CultureInfo.InvariantCulture))),
        ExpectedDelegates = e.ExpectedDelegates,
        BudgetAmount = e.BudgetAmount is { } b ? b.ToString("#,##0", ViFormat.Culture) : null,
        FundingSource = e.FundingSource,
        BudgetDecision = e.BudgetDecision,
        QuotaCollectives = e.QuotaCollectives,
        QuotaIndividuals = e.QuotaIndividuals,
        QuotaHouseholds = e.QuotaHouseholds,
        UnitQuotas = LineList.Join(e.UnitQuotas.Select(u => string.Create(CultureInfo.InvariantCulture,
            $"{codes.GetValueOrDefault(u.OrgUnitId, "?")} | {u.Collectives} | {u.Individuals} | {u.Households}"))),
        DossierDeadline = ViFormat.Date(e.DossierDeadline),
        PlanId = e.PlanId,
        Version = e.Version,
    };

    /// <summary>"15.000.000", "15000000", "15 000 000 đ" → 15000000; nothing else is guessed.</summary>
    public static bool TryParseMoney(string? text, out decimal amount)
    {
        var t = new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c is not '.' and not ',').ToArray());
        t = t.Replace("đ", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("đồng", string.Empty, StringComparison.OrdinalIgnoreCase);
        return decimal.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }
}

public sealed class EventFormOptions
{
    public List<SelectListItem> Organisers { get; init; } = [];
    public List<SelectListItem> TreeUnits { get; init; } = [];
    public List<SelectListItem> Movements { get; init; } = [];
    public List<SelectListItem> Parents { get; init; } = [];
    public List<SelectListItem> Plans { get; init; } = [];

    public static List<SelectListItem> Kinds() =>
        Enum.GetValues<EventKind>().Select(k => new SelectListItem(k.Vietnamese(), k.ToString())).ToList();

    public static async Task<EventFormOptions> LoadAsync(TdktDbContext db, OrgScope scope, int? exceptId, CancellationToken ct) => new()
    {
        Organisers = await PlanningAccess.UnitOptionsAsync(db, scope, ct, PlanningAccess.Managers),
        TreeUnits = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct),
        Movements = (await db.VisibleMovements(scope).AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
        Parents = (await db.VisibleEvents(scope).AsNoTracking().Where(e => e.Id != exceptId).OrderByDescending(e => e.Year).ThenBy(e => e.Title)
                .Select(e => new { e.Id, e.Title, e.Year }).ToListAsync(ct))
            .Select(e => new SelectListItem($"{e.Title} ({e.Year})", e.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
        Plans = (await db.VisiblePlans(scope).AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Title).Select(p => new { p.Id, p.Title, p.Year }).ToListAsync(ct))
            .Select(p => new SelectListItem($"{p.Title} ({p.Year})", p.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
    };
}

public sealed record EventFormView(EventInput Input, EventFormOptions Options, bool IsEdit);

public sealed record SaveEventCommand(int? Id, EventInput Input);

/// <summary>Create or edit an event: load scoped → authorize → decide (domain) → save once (event, new plan and its tasks).</summary>
public sealed class SaveEventHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(SaveEventCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var input = cmd.Input;
        var data = await ToDataAsync(input, scope, ct);
        if (data.IsFailure)
        {
            return data.Error!;
        }

        var organiser = await db.OrgUnits.VisibleTo(scope, PlanningAccess.Managers).Where(u => u.Id == input.OrganiserUnitId)
            .Select(u => new { u.Id, u.Path }).SingleOrDefaultAsync(ct);
        if (organiser is null)
        {
            return new ValidationError("OrganiserUnitId", "Hãy chọn đơn vị tổ chức trong phạm vi bạn được giao.");
        }

        if (input.StandingAgencyId is { } sa && !await db.SameTrees(scope).AnyAsync(u => u.Id == sa, ct))
        {
            return new ValidationError("StandingAgencyId", "Cơ quan thường trực không tồn tại hoặc ngoài tỉnh của bạn.");
        }

        if (input.MovementId is { } mid && !await db.VisibleMovements(scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Phong trào không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        if (input.ParentEventId is { } pid && !await db.VisibleEvents(scope).AnyAsync(e => e.Id == pid, ct))
        {
            return new ValidationError("ParentEventId", "Đại hội cấp trên không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        if (input.PlanId is { } planId && !await db.VisiblePlans(scope).AnyAsync(p => p.Id == planId, ct))
        {
            return new ValidationError("PlanId", "Kế hoạch không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        ConferenceEvent ev;
        if (cmd.Id is { } id)
        {
            var found = await db.VisibleEvents(scope).SingleOrDefaultAsync(e => e.Id == id, ct);
            if (found is null)
            {
                return new NotFoundError();
            }

            if (!(await db.PathsAsync(found, ct)).CanManage(scope))
            {
                return new ForbiddenError();
            }

            var edited = found.Edit(data.Value!);
            if (edited.IsFailure)
            {
                return edited.Error!;
            }

            db.Entry(found).Property(e => e.Version).OriginalValue = input.Version;
            ev = found;
            db.AuditAction = "Sửa hội nghị";
        }
        else
        {
            var created = ConferenceEvent.Create(data.Value!);
            if (created.IsFailure)
            {
                return created.Error!;
            }

            ev = created.Value!;
            db.ConferenceEvents.Add(ev);
            db.AuditAction = "Tạo hội nghị";
        }

        ev.LinkPlan(input.PlanId ?? ev.PlanId);
        if (input.PlanId is null && !string.IsNullOrWhiteSpace(input.Assignments))
        {
            var plan = await NewPlanAsync(ev, organiser.Path, input.Assignments, ct);
            if (plan.IsFailure)
            {
                return plan.Error!;
            }

            ev.LinkPlan(plan.Value);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Hội nghị đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
        }

        return ev.Id;
    }

    /// <summary>The assignments become a plan of the organiser (linked to the movement) with one task per line.</summary>
    private async Task<Result<int>> NewPlanAsync(ConferenceEvent ev, string organiserPath, string text, CancellationToken ct)
    {
        var created = Plan.Create(new PlanData("Kế hoạch tổ chức " + ev.Title, null, ev.OrganiserUnitId, ev.Year, null, ev.MovementId, null, [],
            [new PlanSection(PlanSectionKind.Implementation, PlanSectionKind.Implementation.Vietnamese(), "Phân công thực hiện " + ev.Title)]));
        if (created.IsFailure)
        {
            return new ValidationError("Assignments", created.Error!.Message);
        }

        var plan = created.Value!;
        db.Plans.Add(plan);
        var order = 0;
        foreach (var line in LineList.Lines(text))
        {
            order++;
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                return new ValidationError("Assignments", $"Dòng {order} \"{line}\": hãy ghi \"Đơn vị chủ trì | Nhiệm vụ | Thời hạn\".");
            }

            var lead = await UnitMatcher.MatchAsync(db, parts[0], organiserPath, ct);
            var task = PlanTask.Create(plan.Id, order, parts[1], lead, parts[0], [], null, parts.ElementAtOrDefault(2) ?? string.Empty, ev.Year);
            if (task.IsFailure)
            {
                return new ValidationError("Assignments", $"Dòng {order}: {task.Error!.Message}");
            }

            db.PlanTasks.Add(task.Value!);
        }

        return plan.Id;
    }

    private async Task<Result<EventData>> ToDataAsync(EventInput i, OrgScope scope, CancellationToken ct)
    {
        DateOnly? exact = null, deadline = null;
        if (!string.IsNullOrWhiteSpace(i.ExactDate))
        {
            if (!ViFormat.TryParseDate(i.ExactDate, out var d))
            {
                return new ValidationError("ExactDate", $"Ngày tổ chức \"{i.ExactDate.Trim()}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy.");
            }

            exact = d;
        }

        if (!string.IsNullOrWhiteSpace(i.DossierDeadline))
        {
            if (!ViFormat.TryParseDate(i.DossierDeadline, out var d))
            {
                return new ValidationError("DossierDeadline", $"Hạn gửi hồ sơ \"{i.DossierDeadline.Trim()}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy.");
            }

            deadline = d;
        }

        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(i.BudgetAmount))
        {
            if (!EventInput.TryParseMoney(i.BudgetAmount, out var b))
            {
                return new ValidationError("BudgetAmount", $"Kinh phí \"{i.BudgetAmount.Trim()}\" không hợp lệ. Hãy nhập số đồng, ví dụ 15.000.000.");
            }

            budget = b;
        }

        var groups = DelegateComposition.ParseLines(i.DelegateGroups);
        if (groups.IsFailure)
        {
            return groups.Error!;
        }

        var units = new List<UnitQuota>();
        var n = 0;
        foreach (var line in LineList.Lines(i.UnitQuotas))
        {
            n++;
            var p = line.Split('|', StringSplitOptions.TrimEntries);
            int[] counts = new int[3];
            if (p.Length != 4 || !Enumerable.Range(1, 3).All(k => int.TryParse(p[k], NumberStyles.None, CultureInfo.InvariantCulture, out counts[k - 1])))
            {
                return new ValidationError("UnitQuotas", $"Dòng {n} \"{line}\": hãy ghi \"Mã đơn vị | tập thể | cá nhân | hộ gia đình\".");
            }

            var code = p[0];
            var unitId = await db.SameTrees(scope).Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
            if (unitId is null)
            {
                return new ValidationError("UnitQuotas", $"Dòng {n}: không có đơn vị mã \"{code}\" trong tỉnh của bạn.");
            }

            units.Add(new UnitQuota(unitId.Value, counts[0], counts[1], counts[2]));
        }

        return new EventData(i.Kind, i.Title, i.OrganiserUnitId, i.StandingAgencyId, i.MovementId, i.ParentEventId, i.Year, i.TimeText, exact,
            i.Venue, LineList.Lines(i.Agenda), groups.Value!, i.ExpectedDelegates, budget, i.FundingSource, i.BudgetDecision,
            i.QuotaCollectives, i.QuotaIndividuals, i.QuotaHouseholds, units, deadline);
    }
}
