using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

public sealed record AddTaskCommand(int PlanId, int? Order, string? Content, int? LeadUnitId, string? LeadUnitText,
    IReadOnlyList<int> CoordinatingUnitIds, string? CoordinatingText, string? TimeframeText);

public sealed record CorrectTaskCommand(int TaskId, uint Version, int? LeadUnitId, bool Reparse, string? TimeframeText,
    TimeframeKind? Kind, string? Start, string? End);

/// <summary>Adds and corrects task rows. Only managers of the plan's owner unit (ADR-0006).</summary>
public sealed class SaveTaskHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> AddAsync(AddTaskCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Id == cmd.PlanId, ct);
        if (plan is null)
        {
            return new NotFoundError();
        }

        var ownerPath = await db.OrgUnits.Where(u => u.Id == plan.OwnerUnitId).Select(u => u.Path).SingleAsync(ct);
        if (!scope.CanManage(ownerPath))
        {
            return new ForbiddenError();
        }

        var tree = db.SameTrees(scope);
        if (cmd.LeadUnitId is { } lid && !await tree.AnyAsync(u => u.Id == lid, ct))
        {
            return new ValidationError("LeadUnitId", "Đơn vị chủ trì không có trong danh sách đơn vị.");
        }

        var coordinating = cmd.CoordinatingUnitIds.Distinct().ToList();
        if (coordinating.Count > 0 && await tree.CountAsync(u => coordinating.Contains(u.Id), ct) != coordinating.Count)
        {
            return new ValidationError("CoordinatingUnitIds", "Có đơn vị phối hợp không có trong danh sách đơn vị.");
        }

        // A lead unit typed as text is matched to the tree; unmatched, it is kept as text and flagged (never dropped).
        var leadId = cmd.LeadUnitId;
        if (leadId is null && !string.IsNullOrWhiteSpace(cmd.LeadUnitText))
        {
            leadId = await UnitMatcher.MatchAsync(db, cmd.LeadUnitText, ownerPath, ct);
        }

        var order = cmd.Order ?? (await db.PlanTasks.Where(t => t.PlanId == plan.Id).MaxAsync(t => (int?)t.Order, ct) ?? 0) + 1;
        var task = PlanTask.Create(plan.Id, order, cmd.Content, leadId, cmd.LeadUnitText, coordinating, cmd.CoordinatingText, cmd.TimeframeText, plan.Year);
        if (task.IsFailure)
        {
            return task.Error!;
        }

        db.PlanTasks.Add(task.Value!);
        db.AuditAction = "Thêm nhiệm vụ kế hoạch";
        await db.SaveChangesAsync(ct);
        return task.Value!.Id;
    }

    public async Task<Result<int>> CorrectAsync(CorrectTaskCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var task = await db.PlanTasks.SingleOrDefaultAsync(t => t.Id == cmd.TaskId && db.VisiblePlans(scope).Any(p => p.Id == t.PlanId), ct);
        if (task is null)
        {
            return new NotFoundError();
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId, ct);
        var ownerPath = await db.OrgUnits.Where(u => u.Id == plan.OwnerUnitId).Select(u => u.Path).SingleAsync(ct);
        if (!scope.CanManage(ownerPath))
        {
            return new ForbiddenError();
        }

        if (cmd.LeadUnitId is { } lid && lid != task.LeadUnitId)
        {
            if (!await db.SameTrees(scope).AnyAsync(u => u.Id == lid, ct))
            {
                return new ValidationError("LeadUnitId", "Đơn vị chủ trì không có trong danh sách đơn vị.");
            }

            task.AssignLeadUnit(lid);
        }

        if (cmd.Reparse)
        {
            task.SetTimeframe(TimeframeParser.Parse(cmd.TimeframeText, plan.Year));
        }
        else if (cmd.Kind is { } kind)
        {
            var start = Tdkt.Web.Pages.OrgUnits.OrgUnitAdmin.ParseDate(cmd.Start, "Start", "Ngày bắt đầu", required: false);
            if (start.IsFailure)
            {
                return start.Error!;
            }

            var end = Tdkt.Web.Pages.OrgUnits.OrgUnitAdmin.ParseDate(cmd.End, "End", "Ngày kết thúc (hạn)", required: false);
            if (end.IsFailure)
            {
                return end.Error!;
            }

            if (kind != task.TimeframeKind || start.Value != task.Start || end.Value != task.End)
            {
                var corrected = task.CorrectDates(kind, start.Value, end.Value);
                if (corrected.IsFailure)
                {
                    return corrected.Error!;
                }
            }
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = cmd.Version;
        db.AuditAction = "Sửa nhiệm vụ kế hoạch";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Nhiệm vụ đã được người khác cập nhật trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
        }

        return task.PlanId;
    }
}

public sealed record ReportProgressCommand(int TaskId, uint Version, TaskProgressStatus Status, int Percent, string? Note);

/// <summary>The lead unit's clerk (or admin) reports progress; the report is a history row saved with the change.</summary>
public sealed class ReportProgressHandler(TdktDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(ReportProgressCommand cmd, CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        var scope = loaded?.Scope ?? Domain.Security.OrgScope.None;
        var task = await db.PlanTasks.SingleOrDefaultAsync(t => t.Id == cmd.TaskId && db.VisiblePlans(scope).Any(p => p.Id == t.PlanId), ct);
        if (task is null)
        {
            return new NotFoundError();
        }

        var leadPath = task.LeadUnitId is { } lid ? await db.OrgUnits.Where(u => u.Id == lid).Select(u => u.Path).SingleAsync(ct) : null;
        if (leadPath is null || !scope.CanReport(leadPath))
        {
            return new ForbiddenError();
        }

        var report = task.Report(cmd.Status, cmd.Percent, cmd.Note, clock.GetUtcNow(), loaded!.User.Id, PlanningAccess.Actor(loaded));
        if (report.IsFailure)
        {
            return report.Error!;
        }

        db.TaskProgressReports.Add(report.Value!);
        db.Entry(task).Property(t => t.Version).OriginalValue = cmd.Version;
        db.AuditAction = "Báo cáo tiến độ nhiệm vụ";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Nhiệm vụ vừa được người khác báo cáo. Hãy tải lại trang để xem tiến độ mới nhất rồi báo cáo lại.");
        }

        return task.PlanId;
    }
}
